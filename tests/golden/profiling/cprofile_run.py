# cProfile.run and Profile.runcall / runctx, and a Profile used as a
# context manager; getstats() entries and subentries.
import cProfile
import io
import pstats
import re
import sys


def square(x):
    return x * x


def total(n):
    return sum(square(i) for i in range(n))


def masked(text):
    return "\n".join(re.sub(r"\d+\.\d+", "T", l).rstrip() for l in text.splitlines())


pr = cProfile.Profile()
print(pr.runcall(total, 4))
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats("ncalls", "name").print_stats()
print(masked(s.getvalue()))

with cProfile.Profile() as p2:
    square(3)
    square(4)
stats = sorted((getattr(e.code, "co_name", e.code), e.callcount, e.reccallcount) for e in p2.getstats())
print(stats)
entry = [e for e in p2.getstats() if getattr(e.code, "co_name", "") == "square"][0]
print(type(entry).__name__, entry.callcount, entry.calls)
print(sys.getprofile())

p3 = cProfile.Profile(subcalls=False, builtins=False)
p3.runctx("total(3)", globals(), {})
print(sorted((getattr(e.code, "co_name", e.code), e.callcount, e.calls) for e in p3.getstats()))

p4 = cProfile.Profile()
p4.runcall(total, 2)
callers = {}
for e in p4.getstats():
    for sub in e.calls or []:
        callers.setdefault(getattr(e.code, "co_name", e.code), []).append(
            (getattr(sub.code, "co_name", sub.code), sub.callcount))
print(sorted((k, sorted(v)) for k, v in callers.items()))
p4.clear()
print(p4.getstats())
