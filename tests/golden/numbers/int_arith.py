# int arithmetic: + - * with small and big values, overflow into big ints.
big = 2 ** 100
values = [0, 1, -1, 7, -7, 2**47 - 1, -2**47, 2**47, 2**63, -2**63, big, -big]
for a in values:
    for b in values[:6]:
        print(a, b, a + b, a - b, a * b)
print(2**47 - 1 + 1, -2**47 - 1)
print((2**64) * (2**64), (2**64 - 1) * (2**64 + 1))
print(10**30 - 10**30, type(10**30 - 10**30).__name__)
x = 1
for i in range(70):
    x = x * 3
print(x, -x, +x, abs(-x))
print(sum(range(10**6)))
print(123456789 * 987654321, 99999999999 * 99999999999)
