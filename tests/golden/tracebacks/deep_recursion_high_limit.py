# 200000 frames deep: the RecursionError traceback prints the last 1000
# entries (the default sys.tracebacklimit) and tearing it down does not crash.
import sys
sys.setrecursionlimit(200000)
def f(n):
    return f(n + 1)
f(0)
