# Slicing tuples.
t = tuple(range(8))
print(t[:], t[2:], t[:-2], t[::2], t[::-1], t[5:1:-2], t[10:], t[-10:2])
print(t[:] is t, t[0:8] is t, t[::1] is t, type(t[1:]).__name__)
for step in (1, 2, 3, -1, -2, -5):
    print(step, t[::step], t[1::step], t[:3:step])
print(t[slice(2, None)], t[slice(None, None, -3)])
try:
    t[::0]
except ValueError as e:
    print("ValueError:", e)
print(("a",)[0:1], ()[:], ()[::-1])
