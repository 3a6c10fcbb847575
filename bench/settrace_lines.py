# Tracing: a line-counting sys.settrace hook (what coverage tools do) over
# loops, calls, a generator and exceptions; prints the events counted.
import sys
from collections import Counter


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def parse(text):
    try:
        return int(text)
    except ValueError:
        return -1


def work(n):
    total = 0
    for i in range(1, n):
        total += collatz_length(i)
    total += sum(evens(n))
    total += sum(parse(s) for s in ("12", "x", "7", "y") * (n // 40))
    return total


lines = Counter()


def tracer(frame, event, arg):
    if event == "line":
        lines[frame.f_code.co_name, frame.f_lineno] += 1
    return tracer


n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
sys.settrace(tracer)
result = work(n)
sys.settrace(None)
print(result, sum(lines.values()), len(lines))
