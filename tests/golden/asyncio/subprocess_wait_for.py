# subprocess with timeouts; not found executable; concurrent children
import asyncio
import sys

async def run(code):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()

async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(5)")
    try:
        await asyncio.wait_for(proc.wait(), 0.1)
    except TimeoutError:
        print("timed out; killing")
        proc.kill()
        print(await proc.wait())
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename)
    print(await asyncio.gather(*(run(f"print({i} * 2)") for i in range(4))))

asyncio.run(main())
