for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\ti", "a\nb\tc", "a\r\tb", "", "no tabs", "é\t€\t😀"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(tabsize=3)), repr(s.expandtabs(-1)))
for call in (lambda: "a".expandtabs("x"), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(size=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
