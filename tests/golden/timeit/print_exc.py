# A failing statement under timeit: the exception propagates, and
# Timer.print_exc shows the statement's own source line.
import io
import timeit

t = timeit.Timer("1 / zero", setup="zero = 0")
try:
    t.timeit(number=1)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(file=out)
    lines = out.getvalue().splitlines()
    print(lines[0])
    print([l.strip() for l in lines if "1 / zero" in l])
    print(lines[-1])
