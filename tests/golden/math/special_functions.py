# erf, erfc, gamma, lgamma (printed rounded: last-bit accuracy varies between libms).
import math
for x in [0.0, 0.5, 1.0, -1.0, 2.5, 5.0, -3.0]:
    print(x, math.erf(x), math.erfc(x))
for x in [1, 2, 3, 4, 5, 10, 0.5, 1.5, -0.5, -2.5, 0.1, 20.3]:
    print(x, round(math.gamma(x) / math.gamma(x) * math.gamma(x), 6) if x < 10 else f"{math.gamma(x):.10e}",
          round(math.lgamma(x), 10))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan))
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, -math.inf), (math.gamma, 172), (math.lgamma, 0),
             (math.lgamma, -2), (math.lgamma, 1e308), (math.gamma, -2.0)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
