# math constants and basic real functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(2**100), math.sqrt(True))
print(math.exp(1), math.exp(0), math.exp(-1000), math.exp(-math.inf), math.expm1(1e-10), math.exp2(10), math.exp2(-1))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(math.inf), math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(1, math.nan))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(3, 4, 12), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((1, 2, 3), (4, 6, 15)))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(1))
