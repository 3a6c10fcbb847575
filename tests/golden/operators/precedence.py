print(not 1 == 2, not (1 and 0), -3 ** 2, 2 * 3 + 4 * 5)
print(1 if True else 2 if False else 3)
print(1 + 2 if 0 else 3 + 4)
print(True or False and False, (True or False) and False)
print(3 & 5 | 2 ^ 7, 1 << 2 + 1, 2 + 3 << 1)
print(- - 5, + - 5, ~ - 5, not not 0)
print([1, 2, 3][1:][0], "abc"[::-1][0])
print(2 ** -1, -2 ** -1)
a = b = c = 7
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
