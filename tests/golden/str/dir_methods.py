print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")] == [n for n in dir(str) if not n.startswith("_")])
for dunder in ["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__len__", "__getitem__", "__contains__", "__iter__", "__hash__",
               "__eq__", "__lt__", "__format__", "__getnewargs__", "__sizeof__", "__str__", "__repr__", "__new__"]:
    print(dunder, hasattr(str, dunder))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2), str.__mod__("%d", 5), str.__len__("abc"), str.__getitem__("abc", 1))
print(str.__contains__("abc", "b"), str.__eq__("a", "a"), str.__eq__("a", 1), str.__lt__("a", "b"), "abc".__getnewargs__())
print(str.upper("x"), str.join(",", "ab"), str.maketrans("a", "b") == {97: 98})
