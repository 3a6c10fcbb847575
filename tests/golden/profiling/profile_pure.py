# The pure-Python profile module (profile.Profile, built on setprofile):
# call counts of a recursive function and of a method, times not shown.
import profile
import pstats


class Walker:
    def visit(self, depth):
        if depth == 0:
            return 1
        return 1 + self.visit(depth - 1)


def run():
    w = Walker()
    return w.visit(4) + w.visit(2)


p = profile.Profile()
print("result", p.runcall(run))
stats = pstats.Stats(p)
for (filename, line, name), (cc, nc, tt, ct, callers) in sorted(stats.stats.items(), key=lambda kv: kv[0][2]):
    if filename == __file__:
        print(name, line, "calls", nc, "primitive", cc)
