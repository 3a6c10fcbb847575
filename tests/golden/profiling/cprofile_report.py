# cProfile's report through pstats, with the times masked: call counts,
# primitive calls of recursive functions, builtins, sort orders.
import cProfile
import io
import pstats
import re


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(items):
    return sorted(items)


def main():
    total = 0
    for i in range(5):
        total += fib(i)
    helper([3, 1, 2])
    return total


def masked(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"\d+\.\d+", "T", line)
        line = re.sub(r"(function calls.*) in T seconds", r"\1 in T seconds", line)
        out.append(line.rstrip())
    return "\n".join(out)


pr = cProfile.Profile()
pr.enable()
result = main()
pr.disable()
print("result", result)
for order in ("calls", "name", "ncalls"):
    s = io.StringIO()
    ps = pstats.Stats(pr, stream=s).sort_stats(order, "name")
    ps.print_stats()
    print(masked(s.getvalue()))
