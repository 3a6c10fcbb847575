parts = ["ascii", "latin\xe9", "bmp\u20ac", "astral\U0001F600"]
for a in parts:
    for b in parts:
        s = a + b
        print(ascii(s), len(s), s == a + b, s.find(b), s.rfind(a), s[len(a):] == b, hash(s) == hash(a + b), s.upper() == (a.upper() + b.upper()))
big = "x" * 1000 + "\u20ac" + "y" * 1000
print(len(big), big.index("\u20ac"), big.count("x"), big[999:1002], big.split("\u20ac")[1][:3], big.replace("\u20ac", "E")[998:1003])
narrowed = ("\u20acabc")[1:]
print(narrowed, narrowed == "abc", hash(narrowed) == hash("abc"), {"abc": 1}[narrowed], narrowed.isascii())
wide = "\U0001F600" * 3
print(ascii(wide[1]), ascii(wide[::-1]), wide.count("\U0001F600"), ascii(wide.center(7, "\xe9")))
print(ascii("".join(["a", "\xe9", "\u20ac", "\U0001F600"])), ascii(",".join("\u20ac\xe9")))
print(ascii(str(b"\xe2\x82\xac\xc3\xa9", "utf-8")), "\u20ac".encode(), "\U0001F600".encode("utf-16-le"))
print(sorted(["\U0001F600", "\u20ac", "\xe9", "z", "A"]), "\u20ac" < "\U0001F600", "\xff" < "\u0100")
