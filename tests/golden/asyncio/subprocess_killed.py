# fault: a subprocess killed mid-pipe; negative return code, EOF on the pipe
import asyncio
import signal
import sys

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c",
        "import sys, time\nprint('started', flush=True)\ntime.sleep(10)\nprint('never')",
        stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.readline())
    proc.kill()
    print(await proc.stdout.read())
    print(await proc.wait(), -signal.SIGKILL)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(10)")
    proc.terminate()
    print(await proc.wait())
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; sys.stdin.readline(); import os; os._exit(0)",
        stdin=asyncio.subprocess.PIPE)
    proc.stdin.write(b"first\n")
    await proc.stdin.drain()
    await proc.wait()
    try:
        for _ in range(100):
            proc.stdin.write(b"x" * 65536)
            await proc.stdin.drain()
    except (BrokenPipeError, ConnectionResetError) as e:
        print("writing to a dead child fails")
    try:
        proc.send_signal(signal.SIGTERM)
        print("signal to reaped process ignored")
    except ProcessLookupError:
        print("ProcessLookupError")

asyncio.run(main())
