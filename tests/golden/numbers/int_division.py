# Floor division, modulo and divmod: Python's signs, big operands, zero divisors.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (2**70 + 3, 7),
         (-(2**70) - 3, 7), (2**70, -(2**35)), (10**40, 10**20 + 1), (1, 2**80), (-1, 2**80)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a in [1, 2**80, 0, True]:
    for expr in ("a // 0", "a % 0", "divmod(a, 0)", "a / 0"):
        try:
            print(eval(expr))
        except ZeroDivisionError as e:
            print(expr, "->", e)
print(True // 2, True % 2, divmod(True, True))
