# pstats' callers and callees views of a cProfile run, times masked.
import cProfile
import io
import pstats
import re


def leaf(x):
    return x * 2


def middle(n):
    return [leaf(i) for i in range(n)]


def top():
    a = middle(3)
    b = middle(2)
    return len(a) + len(b)


pr = cProfile.Profile()
pr.runcall(top)
for method in ("print_callers", "print_callees"):
    s = io.StringIO()
    stats = pstats.Stats(pr, stream=s).strip_dirs().sort_stats("name")
    getattr(stats, method)("leaf|middle|top")
    for line in s.getvalue().splitlines():
        print(re.sub(r"\d+\.\d+", "T", line).rstrip())
