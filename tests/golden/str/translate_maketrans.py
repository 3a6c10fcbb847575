t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print(sorted(t2.items()), "abcd".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: 100, "é": "e"})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}), "abc".translate({97: 0x1F600}))
print("abc".translate([ "x" ] * 98), "x".translate({120: "yy"}))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError
print("banana".translate(Table()))
for call in (lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
             lambda: str.maketrans("a", "b", 1), lambda: str.maketrans(), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}),
             lambda: "a".translate(), lambda: "a".translate(5), lambda: str.maketrans("a", 1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
