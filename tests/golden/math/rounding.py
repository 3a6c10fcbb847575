# ceil, floor, trunc and their dunder hooks.
import math
for x in [1.5, -1.5, 2.0, -0.5, 1e300, -1e20, 0.0, 7, -7, True, 2**80]:
    print(x, math.ceil(x), math.floor(x), math.trunc(x), type(math.ceil(x)).__name__)
class Thing:
    def __ceil__(self):
        return "ceil!"
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"
class Num:
    def __float__(self):
        return 2.5
print(math.ceil(Thing()), math.floor(Thing()), math.trunc(Thing()), math.ceil(Num()), math.floor(Num()))
for f, x in [(math.ceil, math.inf), (math.floor, math.nan), (math.trunc, -math.inf), (math.ceil, "x"),
             (math.trunc, "x"), (math.floor, None), (math.trunc, Num())]:
    try:
        print(f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
