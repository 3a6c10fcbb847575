# subprocess: a child's stdout read line by line with async for, its stderr separately
import asyncio
import sys

CODE = "import sys\nfor i in range(5):\n    print('line', i)\nprint('warn', file=sys.stderr)\nsys.exit(2)"

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CODE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print(line)
    print(await proc.stderr.read(), await proc.wait())
    print(proc.stdout.at_eof(), proc.stdin)

asyncio.run(main())
