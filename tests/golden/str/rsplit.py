tests = ["a b c", "  a  b  c  ", "", "a,b,,c", "one"]
for t in tests:
    print(repr(t), t.rsplit(), t.rsplit(None, 1), t.rsplit(","), t.rsplit(",", 1), t.rsplit(maxsplit=0))
print("a,b,c,d".rsplit(",", 2), "a--b--c".rsplit("--", 1), "aaa".rsplit("a"), "aaaa".rsplit("aa", 1))
print("é,€,😀".rsplit(",", 1))
try:
    "a".rsplit("")
except ValueError as e:
    print("ValueError", e)
