# fractions.Fraction: construction, arithmetic, limit_denominator, formatting, mixing with float/int/Decimal.
from fractions import Fraction
from decimal import Decimal
import math

a = Fraction(3, 4)
print(a, repr(a), Fraction("1.25"), Fraction("-3/6"), Fraction(0.5), Fraction(Decimal("0.1")), Fraction("1e-3"))
print(a + 1, a * Fraction(2, 3), a / 3, a ** 2, a ** -2, 2 ** Fraction(1, 2), a - 0.25, -a, abs(Fraction(-1, 3)))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2), int(Fraction(-7, 2)))
print(Fraction(math.pi).limit_denominator(1000), a.as_integer_ratio(), a.numerator, a.denominator, a == 0.75, a < 1, hash(Fraction(1, 2)) == hash(0.5))
print(divmod(Fraction(7, 2), Fraction(1, 3)), Fraction(7, 2) % 1, Fraction(7, 2) // Fraction(2, 3))
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in ["1/0", "abc", "1.2.3"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(float(Fraction(1, 3)), complex(Fraction(1, 2)) if False else "", Fraction(1, 3) + 1j)
