# decimal: arithmetic, contexts, rounding, quantize, signals, string forms.
from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Inexact, FloatOperation

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10") ** 20, Decimal(0.1))
print(repr(Decimal("3.14")), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1e-7"), Decimal("1E+3"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.325").quantize(Decimal(".1"), ROUND_DOWN))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(100).log10(), Decimal("1.23456789").exp())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), ctx)
print(getcontext().prec, Decimal("1.30").normalize(), Decimal("123.456").as_tuple(), Decimal("5").compare(Decimal(3)))
print(divmod(Decimal(7), Decimal(-2)), Decimal(-7) % Decimal(2), Decimal(-7) // Decimal(2), round(Decimal("2.5")), round(Decimal("1.2345"), 2))
print(int(Decimal("12.9")), float(Decimal("0.5")), Decimal("1.5").as_integer_ratio(), Decimal(3).is_signed(), Decimal("-3").copy_abs())
print(sorted([Decimal("1.5"), Decimal(1), Decimal("0.2")]), Decimal(1) == 1, Decimal("0.5") == 0.5, hash(Decimal(2)) == hash(2))
for expr in [lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal(0) / 0, lambda: Decimal("inf") - Decimal("inf")]:
    try:
        expr()
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
c = Context(prec=3, traps=[Inexact])
try:
    c.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print("Inexact", type(e).__mro__[1].__name__)
print(format(Decimal("1234567.891"), ",.2f"), format(Decimal("0.000123"), ".2e"), f"{Decimal('12.5'):>10}", format(Decimal("3.5"), "%"))
print(Decimal("1.000").to_integral_value(), Decimal("1e5").to_eng_string(), Decimal("12345").scaleb(-2), Decimal(10).max(Decimal(9)))
print(Decimal.from_float(1.25), Decimal((1, (1, 4), -1)), Decimal("  42  "), Decimal("1_000"))
ctx = getcontext()
ctx.traps[FloatOperation] = True
try:
    Decimal(1.5) < 2.5
    Decimal("1") < 2.5
except FloatOperation as e:
    print("FloatOperation", e)
