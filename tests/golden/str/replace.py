s = "the cat sat on the mat"
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("at", "og", 0), s.replace("at", "og", -1), s.replace("zz", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print("αβα".replace("α", "😀"), "😀😀".replace("😀", "x"), "abc".replace("b", "€"))
for call in (lambda: "a".replace(1, "b"), lambda: "a".replace("a", 1), lambda: "a".replace("a"), lambda: "a".replace("a", "b", "c"),
             lambda: "a".replace("a", "b", 1, 2), lambda: "a".replace("a", "b", count=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
