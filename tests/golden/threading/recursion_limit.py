# sys.setrecursionlimit is the interpreter's: a thread already running sees
# the new limit; a deep recursion in a thread raises RecursionError there.
import sys
import threading

go = threading.Event()
out = []
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
def run():
    go.wait()
    out.append(sys.getrecursionlimit())
    try:
        deep(500)
    except RecursionError:
        out.append("RecursionError")
    out.append(deep(100))

old = sys.getrecursionlimit()
t = threading.Thread(target=run)
t.start()
sys.setrecursionlimit(300)
go.set()
t.join()
sys.setrecursionlimit(old)
print(out, sys.getrecursionlimit() == old)
