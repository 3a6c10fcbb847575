# subprocess: stdin from a file, stdout to a file, stderr to DEVNULL
import asyncio
import os
import sys
import tempfile

CODE = "import sys; data = sys.stdin.read(); print(data.upper(), end=''); print('noise', file=sys.stderr)"

async def main():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.txt")
        dst = os.path.join(d, "out.txt")
        with open(src, "w") as f:
            f.write("hello\nworld\n")
        with open(src) as fin, open(dst, "w") as fout:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-c", CODE, stdin=fin, stdout=fout, stderr=asyncio.subprocess.DEVNULL)
            print(proc.stdin, proc.stdout, proc.stderr)
            print(await proc.wait())
        with open(dst) as f:
            print(repr(f.read()))
        proc = await asyncio.create_subprocess_shell(
            f"cat < {src} | wc -l", stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        print(out.strip(), proc.returncode)

asyncio.run(main())
