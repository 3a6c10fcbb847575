# Bitwise operators and shifts, negative numbers behave as infinite two's complement.
vals = [0, 1, -1, 5, -5, 0xFF, -256, 2**64 + 5, -(2**64) - 5, 2**100 - 1]
for a in vals:
    for b in vals[:5]:
        print(a & b, a | b, a ^ b, end=" | ")
    print(~a)
print(1 << 0, 1 << 47, 1 << 100, -1 << 70, 5 << 3)
print(2**100 >> 90, -(2**100) >> 99, -1 >> 100, 7 >> 1, -7 >> 1, 1 >> 64, -5 >> 1000, (2**70) >> 10**20)
print(0 << 10**20)
for expr in ["1 << -1", "1 >> -1", "1 << (1 << 70)", "1.5 << 1", "1 & 1.0"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
