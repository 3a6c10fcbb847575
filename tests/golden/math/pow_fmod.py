# math.pow, fmod, remainder, modf, frexp, ldexp.
import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(-1, math.inf), math.pow(2, -math.inf))
for args in [(0, -1), (-2, 0.5), (10, 400), (-8, 1 / 3), (0.0, -math.inf)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(3, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 3), math.remainder(1, math.inf), math.remainder(10, 3))
for f, args in [(math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (5, 0)), (math.remainder, (math.inf, 2))]:
    try:
        print(f(*args))
    except ValueError as e:
        print(f.__name__, args, e)
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(0.0), math.modf(5))
print(math.frexp(8), math.frexp(0.0), math.frexp(-1.5), math.frexp(5e-324), math.frexp(math.inf), math.frexp(1e300))
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.ldexp(1, -10000), math.ldexp(math.inf, 5), math.ldexp(3, 0), math.ldexp(1, -1074))
for args in [(1, 10000), (1.5, 2.0), (1, 2**100)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(args, type(e).__name__, e)
print(math.ldexp(1, -(2**100)))
