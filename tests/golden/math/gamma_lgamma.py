# math.gamma and math.lgamma agree with CPython to the last bit (both use a
# Lanczos approximation), including poles, reflection and overflow.
import math
import random

for x in [0.5, 1.5, 2.5, 3.7, 5.5, 10, 10.1, 22.9, 23, 24, 30.3, 100.7, 140.2, 171.5,
          1e-5, 1e-21, -0.5, -1.5, -2.7, -10.3, -100.2, -150.3, -180.6, 0.1, 7.77]:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
for x in (0, -1, -2.0, float("inf"), float("-inf"), float("nan"), 1, 2, 171.7, 250.5, 1e308):
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
random.seed(7)
for _ in range(200):
    x = random.uniform(-170, 170)
    print(repr(math.gamma(x)), repr(math.lgamma(x)))
