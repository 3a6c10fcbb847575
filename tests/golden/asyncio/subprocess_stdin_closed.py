# Writing to a child that exited without reading its stdin: drain raises a
# ConnectionError (or the write completes before the pipe breaks, never
# both).
import asyncio
import sys

async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass", stdin=asyncio.subprocess.PIPE)
    await proc.wait()
    try:
        for _ in range(50):
            proc.stdin.write(b"x" * 65536)
            await proc.stdin.drain()
        print("unexpected: all written")
    except ConnectionError as e:
        print("drain raised", type(e).__name__ in ("BrokenPipeError", "ConnectionResetError"))
    print("exit", proc.returncode)

asyncio.run(main())
