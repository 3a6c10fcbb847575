# create_subprocess_exec with env and cwd, reading lines as they come
import asyncio
import os
import sys
import tempfile

async def main():
    with tempfile.TemporaryDirectory() as d:
        code = "import os\nfor i in range(3): print(os.environ['GREETING'], i, os.path.basename(os.getcwd()) == os.path.basename(%r), flush=True)" % d
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, cwd=d,
                                                    env=dict(os.environ, GREETING="hi"),
                                                    stdout=asyncio.subprocess.PIPE)
        async for line in proc.stdout:
            print(line)
        print(await proc.wait())

asyncio.run(main())
