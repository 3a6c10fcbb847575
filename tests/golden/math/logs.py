# Logarithms, with bases and huge ints.
import math
print(math.log(1), math.log(math.e), math.log(10), math.log(8, 2), math.log(100, 10), math.log(2, 0.5))
print(math.log(10**1000), math.log(2**2000, 2), math.log2(2**3000), math.log10(10**500), math.log(10**400))
print(math.log2(8), math.log2(1024.0), math.log2(3), math.log10(1000), math.log10(0.001), math.log10(2))
print(math.log1p(1e-10), math.log1p(0), math.log1p(math.inf), math.log(True + 1), math.log(math.inf))
for args in [(0,), (-1,), (0.0,), (-math.inf,), (1, 1), (2, 1), (10, 0), (0, 10), (-(10**400),)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for f, x in [(math.log2, 0), (math.log10, -1), (math.log1p, -1), (math.log1p, -2), (math.log2, -(2**2000))]:
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, e)
print(math.log(math.nan), math.log2(2**-1074 * 1.0))
