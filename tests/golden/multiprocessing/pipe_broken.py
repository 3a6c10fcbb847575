# A dead peer: recv raises EOFError, send raises BrokenPipeError, and a
# child killed while the parent waits in recv never hangs the parent.
import os
import signal
import time
from _mp import contexts


def die_quickly(conn):
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    for method, ctx in contexts():
        a, b = ctx.Pipe()
        p = ctx.Process(target=die_quickly, args=(b,))
        p.start()
        b.close()
        try:
            a.recv()
        except EOFError:
            print(method, "EOFError")
        p.join()
        print(p.exitcode)
        try:
            for _ in range(100):
                a.send_bytes(b"x" * 10000)
        except BrokenPipeError as e:
            print("BrokenPipeError", e.errno)
        a.close()
        try:
            a.send(1)
        except OSError as e:
            print(type(e).__name__, e)
