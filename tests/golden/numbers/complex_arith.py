# complex arithmetic.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a == a, a != b, abs(b), a.conjugate())
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, a ** 2, 1j ** 2, 1j ** 3, (1 + 1j) ** 10)
print((1 + 2j) ** 0.5, (1 + 2j) ** (1 + 1j), 2 ** 1j, 0j ** 0, (2 + 0j) ** -1, (1 + 1j) ** -2)
print((1 + 1j) ** 1000, 1j ** 101, (-1) ** 0.5 == 1j)
print(abs(3 + 4j), abs(complex(1e308, 1e308)), abs(-5j), abs(complex(float("inf"), float("nan"))))
for expr in ["(1+2j) / 0", "(1+2j) / 0j", "0j ** -1", "0j ** 1j", "(1+2j) // 1", "(1+2j) % 1",
             "divmod(1j, 1)", "pow(1j, 2, 3)", "int(1j)", "float(1j)", "(1+2j) < (2+3j)", "abs(complex(1e308, 1e308) * 2)",
             "(1e200 + 1e200j) ** 5", "round(1j)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 2**60 + 0j == 2**60, complex(2**53 + 1) == 2**53 + 1)
print(hash(1 + 0j), hash(1 + 2j), hash(1j), hash(complex(0.5, -1.5)), hash(2 + 0j) == hash(2))
print((1e300 + 1e300j) * (1e300 + 1e300j))
