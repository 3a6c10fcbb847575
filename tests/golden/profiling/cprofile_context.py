# cProfile.Profile as a context manager, runctx with its own namespaces,
# and the call counts pstats reports for each function (no times).
import cProfile
import pstats


def work(n):
    return sum(square(i) for i in range(n))


def square(x):
    return x * x


with cProfile.Profile() as pr:
    work(5)
pr2 = cProfile.Profile()
pr2.runctx("result = work(k)", {"work": work}, {"k": 4})

for profiler in (pr, pr2):
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        if filename == __file__:
            rows.append((name, line, cc, nc, len(callers)))
    for row in sorted(rows):
        print(*row)
    print("total", stats.total_calls, "primitive", stats.prim_calls)
