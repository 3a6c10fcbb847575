# Exact integer functions: factorial, gcd, lcm, isqrt, comb, perm.
import math
print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 0), math.lcm(-4, 6), math.lcm(2**64, 3**40))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 10**40, 2**127]], math.isqrt(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(2, 5), math.comb(100, 50), math.comb(10**3, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10), math.perm(5, None))
for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, ("5",)), (math.gcd, (1.5,)),
                (math.isqrt, (-1,)), (math.isqrt, (3.0,)), (math.comb, (-1, 2)), (math.comb, (5, -2)),
                (math.perm, (5, -1)), (math.perm, (-5,)), (math.lcm, (1, 2.0)), (math.comb, (5,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()))
