# ** and three-argument pow for ints.
print(2 ** 10, 2 ** 100, (-2) ** 63, (-3) ** 3, 0 ** 0, 0 ** 5, 1 ** 10**6, (-1) ** (10**20 + 1))
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(7 ** 77)
print(pow(3, 4, 5), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1), pow(5, 0, 3))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(2, -1, -7))
for args in [(0, -1), (2, -1, 4), (2, 3, 0), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2, 10 ** 20)
print(pow(2, 10**5, 10**10), pow(7, 10**30, 13))
