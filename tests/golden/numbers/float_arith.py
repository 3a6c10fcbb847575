# float arithmetic, mixed with ints, and Python's rules for % and //.
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 7 / 2.0, 1 / 3.0, 2**0.5, 10.0 ** -2)
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e308, 1e-308), (5, 0.3), (0.1, 0.01)]
for a, b in pairs:
    print(a, b, a % b, a // b, divmod(a, b))
print(0.0 % -1, -0.0 // 1, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300, 1e308 + 1e308)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0", "0.0 / 0.0", "2.0 ** 10000", "10 ** 400.0"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
print(-(2.5), +(2.5), abs(-2.5), abs(-0.0), -0.0 == 0.0, 2.5 == 5 / 2)
print(2.0 ** 3, (-2.0) ** 3, (-2.0) ** -1, 0.0 ** 0, 4 ** 0.5, (-8.0) ** 2.0, 1.0 ** float("nan"))
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-1) ** 0.5)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(e)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf ** 3, inf ** -1, (-inf) ** 3, (-inf) ** 2.5, 0.5 ** inf, 2 ** -inf)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
try:
    print(10**400 + 0.5)
except OverflowError as e:
    print(e)
