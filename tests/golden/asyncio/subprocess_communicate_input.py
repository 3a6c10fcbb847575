# subprocess: communicate() feeds a large input while reading both pipes
import asyncio
import sys

CODE = "import sys; d = sys.stdin.buffer.read(); sys.stdout.buffer.write(d[::-1]); sys.stderr.write(str(len(d)))"

async def main():
    data = bytes(range(256)) * 2000
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CODE,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(data)
    print(out == data[::-1], err, proc.returncode)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CODE, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"abc")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    print(await proc.communicate(), proc.returncode)

asyncio.run(main())
