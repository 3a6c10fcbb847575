# ExitStack unwinding compared with the equivalent nested with statements, and leaving it by return/break.
import sys
from contextlib import ExitStack, AsyncExitStack, contextmanager
class Tracked:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, repr(v), "context:", repr(v.__context__) if v else None)
        if self.n == 2:
            raise KeyError("exit 2 failed")
        return False
try:
    with ExitStack() as s:
        for i in range(4):
            s.enter_context(Tracked(i))
        raise ValueError("body")
except Exception as e:
    print("final", repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    with Tracked(1), Tracked(2), Tracked(3):
        raise ValueError("body")
except Exception as e:
    print("final", repr(e), repr(e.__context__))
print(sys.exc_info())
def f():
    with ExitStack() as s:
        s.callback(print, "cb in return")
        return "returned"
print(f())
def g():
    for i in range(3):
        with ExitStack() as s:
            s.callback(print, "cb", i)
            if i == 1:
                break
g()
