tests = ["  hello  ", "\t\n hello \r\x0b\x0c", "hello", "", "   ", "\u3000\xa0x\u2029"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
s = "xxhixyx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"), s.strip("xyhi"), s.strip(""), s.strip(None))
print("ééaéé".strip("é"), "😀a😀".rstrip("😀"), "abcba".strip("ab"))
for call in (lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip([]), lambda: "a".strip("a", "b"),
             lambda: "a".strip(chars="a")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
