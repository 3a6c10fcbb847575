# random: every distribution for several seeds (values rounded to 10 places).
import random

def row(label, f, n=4):
    print(label, [round(f(), 10) for _ in range(n)])

for seed in (1, 99, 2 ** 40):
    r = random.Random(seed)
    row("uniform", lambda: r.uniform(-5, 5))
    row("triangular", lambda: r.triangular(0, 1, 0.2))
    row("normalvariate", lambda: r.normalvariate(100, 15))
    row("gauss", lambda: r.gauss(-1, 0.1))
    row("lognormvariate", lambda: r.lognormvariate(1, 0.25))
    row("expovariate", lambda: r.expovariate(0.5))
    row("vonmisesvariate", lambda: r.vonmisesvariate(0.5, 4))
    row("gammavariate <1", lambda: r.gammavariate(0.3, 2))
    row("gammavariate 1", lambda: r.gammavariate(1.0, 3))
    row("gammavariate >1", lambda: r.gammavariate(5, 0.7))
    row("betavariate", lambda: r.betavariate(0.7, 1.8))
    row("paretovariate", lambda: r.paretovariate(3))
    row("weibullvariate", lambda: r.weibullvariate(2, 0.8))
