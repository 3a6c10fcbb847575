# isclose, nextafter, ulp, cbrt, exp2.
import math
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.0001), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(1, 1.1, rel_tol=0.2))
for kw in [{"rel_tol": -1}, {"abs_tol": -1}]:
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print(e)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(1, 1), math.nextafter(math.inf, 0))
print(math.ulp(1), math.ulp(0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(2.0**52), math.ulp(5e-324))
print(math.cbrt(8), math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(math.inf), math.cbrt(1), math.cbrt(0.001))
print(math.exp2(0.5), math.exp2(-1074), math.exp2(-2000))
try:
    math.exp2(1025)
except OverflowError as e:
    print(e)
