print(b",".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"".join([]), b"-".join((b"x",)), bytearray(b"+").join([b"1", b"2"]))
print(type(bytearray(b"").join([b"a"])).__name__)
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"), bytearray(b"ab").replace(b"a", b"A"))
cases = [lambda: b",".join(["a"]), lambda: b",".join([1]), lambda: b",".join(5), lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
