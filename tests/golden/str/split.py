tests = ["a b c", "  a  b  c  ", "", "   ", "a,b,,c", "a\tb\nc\x0bd\x0ce\rf", "one", "a\u3000b\xa0c\u2028d"]
for t in tests:
    print(repr(t), t.split(), t.split(None, 1), t.split(","), t.split(maxsplit=1))
print("a,b,c,d".split(",", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1), "a--b--c".split("--"))
print("abc".split("abc"), "abcabc".split("bc"), ",a,".split(","), "x".split("x"))
print("a b".split(sep=None), "a b c".split(sep=" ", maxsplit=1))
for call in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "x"), lambda: "a".split(x=1),
             lambda: "a".split(",", 1, 2), lambda: "a".split(",", sep=",")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
