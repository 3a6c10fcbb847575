# Argument errors of math functions.
import math
for expr in ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt('x')", "math.sqrt(None)", "math.atan2(1)",
             "math.pow(1, 2, 3)", "math.sqrt(10**400)", "math.exp(1000)", "math.sqrt(-1)", "math.dist([1, 2], [3])",
             "math.hypot('a')", "math.sin([])", "math.isclose(1)", "math.gcd(1, 'a')", "math.log()", "math.log(1, 2, 3)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
class F:
    def __float__(self):
        return 0.25
print(math.sqrt(F()), math.exp(F()), math.isnan(F()))
