# Many subprocesses at once, each fed on stdin and read on stdout and
# stderr concurrently; their exit codes; one that never reads its input.
import asyncio
import sys

CHILD = "import sys; data = sys.stdin.read(); print(len(data)); print('err', len(data), file=sys.stderr); sys.exit(len(data) % 7)"

async def run(n):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"x" * (n * 10000))
    return n, out.strip(), err.strip(), proc.returncode

async def main():
    for result in await asyncio.gather(*(run(n) for n in range(6))):
        print(result)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('ignored input')",
                                                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out = await proc.stdout.read()
    print(out, await proc.wait())
    proc.stdin.close()

asyncio.run(main())
