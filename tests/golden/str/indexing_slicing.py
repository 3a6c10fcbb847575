s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7])
print(s[::2], s[::-1], s[1::3], s[-1:-6:-2], s[10:2:-3])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:3]))
u = "αβγδε😀ζ"
print(u[0], u[5], u[-1], u[1:4], u[::-1], u[::2], len(u))
for bad in (12, -13, 100):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(s[True], s[slice(1, 3)], s[slice(None, None, -4)])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
