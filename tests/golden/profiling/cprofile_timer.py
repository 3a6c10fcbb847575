# cProfile with a deterministic timer (one tick per reading): the exact
# totals and inline times pstats reports.
import cProfile
import io
import pstats

ticks = 0


def timer():
    global ticks
    ticks += 1
    return ticks


def leaf():
    return 1


def branch():
    return leaf() + leaf()


def root():
    return branch() + leaf()


pr = cProfile.Profile(timer, 1.0)
pr.enable()
root()
pr.disable()
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("name").print_stats()
print("\n".join(l.rstrip() for l in s.getvalue().splitlines()[1:]))
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("name").print_callers()
print("\n".join(l.rstrip() for l in s.getvalue().splitlines()[1:]))
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("name").print_callees()
print("\n".join(l.rstrip() for l in s.getvalue().splitlines()[1:]))
