# create_subprocess_exec with stdin/stdout/stderr pipes, communicate, returncode
import asyncio
import sys

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c",
        "import sys; data = sys.stdin.read(); print(data.upper()); print('err', file=sys.stderr); sys.exit(3)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(proc.returncode)
    out, err = await proc.communicate(b"hello from parent")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print(6 * 7)",
                                                stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.read(), await proc.wait())
    print(repr(proc).startswith("<Process"))

asyncio.run(main())
