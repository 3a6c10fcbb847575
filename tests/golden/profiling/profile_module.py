# The pure-Python `profile` module, running on sys.setprofile, with a
# deterministic timer; pstats report of its data.
import io
import profile
import pstats

ticks = 0


def timer():
    global ticks
    ticks += 1
    return ticks


def leaf(x):
    return abs(x)


def root():
    return [leaf(i) for i in range(3)]


p = profile.Profile(timer)
p.runcall(root)
s = io.StringIO()
pstats.Stats(p, stream=s).sort_stats("name").print_stats()
import re
print("\n".join(re.sub(r"0x[0-9a-f]+", "ADDR", l).rstrip() for l in s.getvalue().splitlines()[1:]))
