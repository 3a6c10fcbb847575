# fault: a child killed while its stdout is being read; then writing to its stdin fails
import asyncio
import signal
import sys

CODE = "import sys\nfor i in range(10**6):\n    print(i, flush=True)\n    sys.stdin.readline()"

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CODE,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    lines = []
    for i in range(3):
        lines.append(await proc.stdout.readline())
        if i < 2:  # the child then waits on stdin, having printed nothing more
            proc.stdin.write(b"\n")
            await proc.stdin.drain()
    proc.kill()
    rest = await proc.stdout.read()
    print(lines, rest)
    print(await proc.wait() == -signal.SIGKILL, proc.returncode == -signal.SIGKILL)
    try:
        for _ in range(100):
            proc.stdin.write(b"more\n" * 1000)
            await proc.stdin.drain()
        print("no error")
    except (BrokenPipeError, ConnectionResetError) as e:
        print("write failed", type(e).__name__ in ("BrokenPipeError", "ConnectionResetError"))
    try:
        proc.send_signal(signal.SIGTERM)
        print("signal after exit: no error")
    except ProcessLookupError:
        print("ProcessLookupError")

asyncio.run(main())
