# -X dev in a child: never-awaited coroutine and unclosed transport reports on stderr
import subprocess
import sys
import re

child = r'''
import asyncio, gc
async def forgotten():
    pass
async def main():
    forgotten()
    gc.collect()
    print("debug", asyncio.get_running_loop().get_debug())
asyncio.run(main())
'''
out = subprocess.run([sys.executable, "-X", "dev", "-c", child], capture_output=True, text=True)
print(out.stdout, end="")
lines = [l for l in out.stderr.splitlines() if "never awaited" in l or "Coroutine created at" in l]
print([re.sub(r"<string>:\d+", "<string>:N", l) for l in lines])
print(out.returncode)
