s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6), s.startswith("lo", 3, 5), s.startswith("lo", 3, 4))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("hello", 0, 5), s.endswith("o", -1), s.endswith("d", 0, -1))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("ld",), 5))
print("".startswith(""), "".endswith(""), "a".startswith("", 2), "abc".endswith("", 3), "abc".startswith("", 4))
print("😀é".startswith("😀"), "😀é".endswith("é"))
for call in (lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1)), lambda: s.endswith(),
             lambda: s.startswith("a", "b"), lambda: s.startswith("a", 1, 2, 3)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
