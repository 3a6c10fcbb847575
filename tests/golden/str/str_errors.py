cases = [
    lambda: "abc"[5], lambda: "abc"[str("x")], lambda: "abc" + 1, lambda: 1 + "abc", lambda: "a" * "b", lambda: "a" * 1.0,
    lambda: 5 in "abc", lambda: "abc".index("d"), lambda: "abc".rindex("d"), lambda: "a,b".split(""), lambda: "abc".upper(1),
    lambda: "abc".join(), lambda: "abc".join([1]), lambda: "abc".count(), lambda: "abc".center(), lambda: "a".replace("a"),
    lambda: "a".ljust(2**70), lambda: "a" * (2**70), lambda: "abc".nosuch, lambda: "abc".__len__(1), lambda: str.upper(5),
    lambda: hash("abc") == hash("ab" + "c"), lambda: "abc" < 3, lambda: -"a", lambda: ~"a", lambda: abs("a"), lambda: int("12a"),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError", e)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
