b = b"Hello, World"
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[2:5], b[:5], b[7:], b[::2], b[::-1], b[-1:-6:-2], b[5:2], b[100:])
ba = bytearray(b)
print(ba[0], ba[-1], ba[2:5], ba[::-1], type(ba[1:3]).__name__)
for bad in (12, -13):
    try:
        b[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        ba[bad]
    except IndexError as e:
        print("IndexError", e)
for call in (lambda: b["x"], lambda: ba["x"], lambda: b[1.5]):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(b + b"!", b + bytearray(b"?"), bytearray(b"a") + b"b", b * 2, 2 * b"ab", b"x" * 0, bytearray(b"ab") * 2)
for call in (lambda: b + "s", lambda: b + 1, lambda: "s" + b, lambda: b * "a", lambda: b * 1.5, lambda: bytearray(b"a") + "s"):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(len(b), len(b""), list(b"abc"), list(bytearray(b"xy")), [x for x in b"\x00\xff"])
