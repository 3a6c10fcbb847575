# timeit's API with the times masked: timeit, repeat, Timer with setup and
# globals, autorange, a callable statement, and the errors it reports.
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit("work()", globals=globals(), number=100)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat("x * 2", setup="x = 21", repeat=3, number=1000)
print(len(r), all(v >= 0 for v in r))
timer = timeit.Timer(work)
print(timer.timeit(number=5) >= 0, len(calls))
number, total = timeit.Timer("pass").autorange()
print(number >= 1, total >= 0.2 or number >= 1)
print(timeit.default_timer is __import__("time").perf_counter)
for bad in [("return", "pass"), ("x = (", "pass")]:
    try:
        timeit.Timer(*bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
