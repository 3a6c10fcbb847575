# Trigonometric and hyperbolic functions.
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, 2.0, 10.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
for x in [1.0, 1.5, 10.0]:
    print(x, math.acosh(x))
for x in [-0.5, 0.0, 0.9]:
    print(x, math.atanh(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf))
print(math.atan(math.inf), math.tanh(math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.asin, 2), (math.acos, -1.5),
             (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1), (math.cosh, 1000), (math.sinh, -1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.sin(math.nan), math.asin(math.nan))
