print(repr(str()), repr(str("")), repr(str("abc")), repr(str(42)), repr(str(3.5)), repr(str(None)), repr(str([1, "a"])), repr(str(True)))
print(repr(str(b"abc")), repr(str(b"caf\xc3\xa9", "utf-8")), repr(str(b"caf\xe9", "latin-1")), repr(str(b"\xff", "utf-8", "replace")))
print(repr(str(b"abc", encoding="ascii")), repr(str(object=b"x", errors="strict")), repr(str(bytearray(b"ba"), "ascii")), repr(str(memoryview(b"mv"), "ascii")))
class C:
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "C()"
print(str(C()), repr(C()), str([C()]))
class Bad:
    def __str__(self):
        return 5
for call in (lambda: str(Bad()), lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", 1), lambda: str(b"a", "x", "y", "z"),
             lambda: str(b"\xff", "ascii"), lambda: str(b"a", "nope"), lambda: str(x=1)):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(str("x")) is str, str("x") == "x")
