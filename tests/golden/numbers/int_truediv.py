# int / int is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, -1 / 3, 10 / 4, 7 / 7, 0 / 5, 0 / -5)
print(2**53 / 3, (2**53 + 1) / 1, (2**54 + 3) / 2)
print(10**30 / 10**10, 10**400 / 10**399, 1 / 10**300, 1 / 10**400)
print((10**500 + 1) / 10**480)
print(123456789123456789123456789 / 987654321987654321)
print(-(10**50) / 7, 10**50 / -7)
print(2**1074 and 1 / 2**1074, 3 / 2**1075, 1 / 2**1076)
for a, b in [(10**400, 1), (2**1024, 1), (-(10**400), 3), (2**1024 - 2**970, 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)
print((2**1024 - 2**970 - 1) / 1)
print(sum(k / 7 for k in range(20)))
