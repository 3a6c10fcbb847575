# timeit.Timer: callables for stmt and setup, the globals argument, the
# SyntaxError messages for statements that cannot be timed, ValueError
# for other types, repeat()'s list shape, autorange with a callback,
# print_exc's traceback pointing into the timed statement.
import io
import timeit

calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append("setup"))
t.timeit(number=3)
print(calls)
print(len(timeit.repeat("x + 1", setup="x = 1", repeat=4, number=2)))
print(timeit.Timer("y * 2", globals={"y": 21}).timeit(1) >= 0)

for stmt in ("return 1", "yield 1", "break", "def f(:"):
    try:
        timeit.Timer(stmt)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for bad in (1, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer("pass", setup="return")
except SyntaxError as e:
    print("setup SyntaxError:", e.msg)

seen = []
number, elapsed = timeit.Timer("pass").autorange(lambda n, t: seen.append(n))
print(seen[:3], number == seen[-1], elapsed >= 0.2)

t = timeit.Timer("a = 1\nb = a / 0")
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(file=buf)
    text = buf.getvalue()
    print("\n".join(line for line in text.splitlines() if "timeit-src" in line or "ZeroDivision" in line or "b = a" in line))
print(timeit.default_timer is __import__("time").perf_counter)
