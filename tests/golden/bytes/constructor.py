print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("é", "ascii", "replace"), bytes(source="x", encoding="utf-8"))
print(bytes(x for x in [104, 105]), bytes({1: 2}), bytes(True), bytes([True, False]))
class B:
    def __bytes__(self):
        return b"from dunder"
print(bytes(B()))
class I:
    def __index__(self):
        return 2
print(bytes(I()), bytes([I()]))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"x"), bytearray("é", "utf-8"), bytearray(range(3)))
cases = [lambda: bytes("a"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5),
         lambda: bytes(b"a", "utf-8"), lambda: bytes("a", "utf-8", "x", 1), lambda: bytes(x=1), lambda: bytes("é", "ascii"), lambda: bytes("a", 1),
         lambda: bytes(2**70), lambda: bytearray("a"), lambda: bytearray([300]), lambda: bytes(None), lambda: bytes("a", errors="strict")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError", e)
