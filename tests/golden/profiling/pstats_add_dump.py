# pstats: adding two profiles together, dump_stats/loading the file back,
# and sort_stats with a restriction count; times masked.
import cProfile
import io
import os
import pstats
import re
import tempfile


def a():
    return b() + b()


def b():
    return 1


p1 = cProfile.Profile()
p1.runcall(a)
p2 = cProfile.Profile()
p2.runcall(b)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prof.out")
    p1.dump_stats(path)
    s = io.StringIO()
    stats = pstats.Stats(path, stream=s)
    stats.add(p2)
    stats.strip_dirs().sort_stats("ncalls", "name").print_stats(2)
    for line in s.getvalue().splitlines():
        if line.strip() and not line.lstrip().startswith(("ncalls", "Ordered", "List reduced")) and "prof.out" not in line:
            print(re.sub(r"\d+\.\d+", "T", line).rstrip())
    print("total calls", stats.total_calls)
