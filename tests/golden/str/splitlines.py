tests = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "no newline", "trailing\r\n\r\n", "\r\r\n"]
for t in tests:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
print("a\nb".splitlines(0), "a\nb".splitlines(1))
for call in (lambda: "a".splitlines(1, 2), lambda: "a".splitlines(x=1), lambda: "a".splitlines(1.5)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
