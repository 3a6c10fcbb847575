print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 0 ** 0)
print(10 / 4, 9 / 3, 1e300 * 10, -1e300 * 10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(abs(-5), abs(-2.5), abs(3 + 4j))
print(1 + 2 * 3 ** 2, (1 + 2) * 3, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
print(True + True, True * 10, False - 1)
print(0.1 + 0.2, 1 - 0.9, 3 * 0.1)
for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{a} {op} {b}")
        except ZeroDivisionError as e:
            print(f"{a} {op} {b}:", e)
