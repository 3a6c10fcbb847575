# timeit's Timer API with the times themselves not shown: timeit, repeat,
# autorange, a callable statement, setup code and globals.
import timeit

t = timeit.Timer("x * 2", setup="x = 21")
print(type(t.timeit(number=100)).__name__)
runs = t.repeat(repeat=3, number=10)
print(len(runs), all(r >= 0 for r in runs))
loops, seconds = t.autorange()
print(loops >= 1, seconds >= 0)
calls = []
timeit.timeit(lambda: calls.append(1), number=7)
print(len(calls))
value = 5
print(timeit.timeit("value + 1", globals={"value": value}, number=3) >= 0)
try:
    timeit.Timer("return")
except SyntaxError as e:
    print("SyntaxError", e.msg)
