s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = "hello world"
print(t[1:4], t[::-1], t[::2], t[-5:])
print(tuple(range(5))[1:3], range(10)[2:8:3])
s[2:4] = ["a", "b", "c"]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
del s[1:3]
print(s)
del s[::2]
print(s)
s[:] = []
print(s)
try:
    s2 = [1, 2, 3, 4]
    s2[::2] = [1]
except ValueError as e:
    print(e)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
print(slice(1, 5, 2), slice(3), slice(1, 5, 2).indices(3))
