for w in (0, 3, 5, 6, 7, 10):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".zfill(w)))
print(repr("ab".center(5, "*")), repr("ab".center(6, "*")), repr("a".center(4, "-")), repr("abc".center(6, "é")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "-".zfill(3), "abc".zfill(2), "€".zfill(3))
print(repr("x".ljust(3, "€")), repr("x".rjust(3, "😀")))
for call in (lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".center("x"),
             lambda: "a".ljust(5, ""), lambda: "a".rjust(1, 2, 3), lambda: "a".zfill(), lambda: "a".zfill("x"),
             lambda: "a".center(width=5)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
