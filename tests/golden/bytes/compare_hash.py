pairs = [(b"a", b"b"), (b"abc", b"abd"), (b"ab", b"abc"), (b"", b"a"), (b"\xff", b"a"), (b"same", b"same"), (b"x", bytearray(b"x")), (bytearray(b"a"), b"b")]
for x, y in pairs:
    print(x, y, x < y, x <= y, x > y, x >= y, x == y, x != y)
print(b"a" == "a", b"a" != "a", bytearray(b"a") == "a", b"1" == 1)
for c in ["b'a' < 'a'", "bytearray(b'a') > 1", "b'a' <= None"]:
    try:
        eval(c)
    except TypeError as e:
        print("TypeError", e)
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], b"k" in {b"k"}, len({b"a", b"a", b"b"}))
print(sorted([b"b", b"a", b"\xff", b"A", b""]), max(b"hello"), min(b"hello"))
