s = "TestCaseName"
print(s.removeprefix("Test"), s.removeprefix("Case"), s.removeprefix(""), s.removesuffix("Name"), s.removesuffix("Case"), s.removesuffix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "".removeprefix("a"), "é€".removeprefix("é"), "😀x".removesuffix("x"))
for call in (lambda: s.removeprefix(1), lambda: s.removesuffix(None), lambda: s.removeprefix(), lambda: s.removeprefix("a", "b")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
