# Repeated frames in formatted tracebacks are cut after three with a
# "[Previous line repeated N more times]" line, also inside chains.
import sys
import traceback


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def ping(n):
    if n == 0:
        raise KeyError("end")
    pong(n - 1)


def pong(n):
    ping(n)


for depth in (2, 3, 4, 5, 30):
    try:
        down(depth)
    except ValueError:
        print("".join(traceback.format_exc().splitlines(True)[-6:]), end="")
        print("---")

try:
    ping(6)
except KeyError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        down(10)
    except ValueError:
        down(8)
except ValueError:
    traceback.print_exc(file=sys.stdout)
