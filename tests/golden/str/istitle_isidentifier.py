for s in ["Hello", "Hello World", "Hello world", "HELLO", "hello", "H", "", "1A", "A1b", "Ab Cd1 Ef", "Ab  Cd", "ǅungla", "ǅ", "A-B", "A'b", "Élan Vital"]:
    print(repr(s), s.istitle())
for s in ["a", "_", "_a1", "1a", "", "a b", "a-b", "café", "变量", "x²", "℘", "℮", "a\u0301", "ℌ", "if", "None", "a.b", "\u00b7a", "a\u00b7"]:
    print(repr(s), s.isidentifier())
for call in (lambda: "a".isidentifier(1), lambda: "a".istitle(1), lambda: "a".isdigit(x=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
