# The operator module as a whole: every name it exports comes from
# _operator, the dunder aliases, call(), index() and argument errors.
import operator
import _operator

print(all(getattr(operator, n) is getattr(_operator, n) for n in dir(_operator) if not n.startswith("_")))
print(sorted(n for n in operator.__all__ if getattr(operator, n).__module__ != "_operator" and not isinstance(getattr(operator, n), type)))
print(operator.__add__ is operator.add, operator.__lt__ is operator.lt, operator.__iadd__ is operator.iadd)
print(operator.add.__name__, operator.add.__doc__, operator.__doc__.splitlines()[0])
print(operator.call(max, 1, 5, key=lambda v: -v), operator.call(dict, a=1))
print(operator.index(7), operator.index(True))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(operator.index, 1.5)
attempt(operator.index, "1")
attempt(operator.call)
attempt(operator.add, 1)
attempt(operator.add, 1, 2, 3)
attempt(operator.add, a=1, b=2)
attempt(operator.neg)
attempt(operator.neg, 1, 2)
attempt(operator.not_, x=1)
attempt(operator.setitem, [1], 0)
attempt(operator.is_, 1)
attempt(operator.length_hint)
attempt(operator.abs, "x")
attempt(operator.inv, "x")
attempt(operator.pos, [])
attempt(operator.ilshift, 1, "x")
attempt(operator.iadd, [1], "xy")
attempt(operator.pow, 2, -1)
attempt(operator.truediv, 1, 0)
attempt(operator.mod, 1, 0.0)
