# SIGINT during asyncio.run cancels the main task and raises KeyboardInterrupt
import asyncio
import os
import signal

async def main():
    try:
        asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main task cancelled")
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
