# subprocess: several children run at once; each finishes when the parent releases it, in reverse order
import asyncio
import sys

CODE = "import sys; n = int(sys.stdin.readline()); print(n * n); sys.exit(n % 2)"

async def main():
    procs = [await asyncio.create_subprocess_exec(
                 sys.executable, "-c", CODE,
                 stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
             for _ in range(5)]
    order = []

    async def collect(i, proc):
        out = await proc.stdout.read()
        code = await proc.wait()
        order.append(i)
        return int(out), code

    tasks = [asyncio.create_task(collect(i, p)) for i, p in enumerate(procs)]
    for i in reversed(range(5)):
        procs[i].stdin.write(b"%d\n" % i)
        await procs[i].stdin.drain()
        procs[i].stdin.close()
        await tasks[i]
    print(await asyncio.gather(*tasks))
    print(order)

asyncio.run(main())
