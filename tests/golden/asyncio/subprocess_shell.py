# create_subprocess_shell: pipes, stderr to stdout, DEVNULL, exit status
import asyncio

async def main():
    proc = await asyncio.create_subprocess_shell(
        "echo out; echo err 1>&2; exit 5",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    print(sorted(out.split()), proc.returncode)
    proc = await asyncio.create_subprocess_shell("cat", stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    proc.stdin.write(b"line1\nline2\n")
    await proc.stdin.drain()
    proc.stdin.close()
    print(await proc.stdout.readline())
    print(await proc.stdout.readline())
    print(await proc.stdout.read(), await proc.wait())
    proc = await asyncio.create_subprocess_shell("echo hidden", stdout=asyncio.subprocess.DEVNULL)
    print(await proc.communicate(), proc.returncode)
    try:
        await asyncio.create_subprocess_shell(["echo", "x"])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
