b = b"abracadabra"
print(b.find(b"a"), b.find(b"bra"), b.find(b"z"), b.find(b"a", 1), b.find(b"a", 1, 3), b.find(97), b.find(b""), b.find(b"", 20))
print(b.rfind(b"a"), b.rfind(b"bra"), b.rfind(98), b.index(b"c"), b.rindex(b"a"), b.index(114))
print(b.count(b"a"), b.count(b"bra"), b.count(b""), b.count(97), b.count(b"a", 2, 6), b"aaaa".count(b"aa"))
print(b.startswith(b"abr"), b.startswith((b"x", b"ab")), b.endswith(b"bra"), b.endswith(b"a", 0, 4), b.startswith(bytearray(b"a")))
print(b"a" in b, 97 in b, b"bra" in b, b"" in b, 122 in b, bytearray(b"cad") in b, b"a" in bytearray(b"xa"))
ba = bytearray(b)
print(ba.find(b"c"), ba.count(b"a"), ba.index(b"d"), ba.startswith(b"abra"), ba.endswith(b"abra"))
cases = [lambda: b.find("a"), lambda: b.find(300), lambda: b.index(b"z"), lambda: b.rindex(b"z"), lambda: b.count(), lambda: b.startswith("a"),
         lambda: b.startswith((b"a", "b")), lambda: "a" in b, lambda: 300 in b, lambda: b.find(b"a", "x"), lambda: ba.index(b"q")]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
