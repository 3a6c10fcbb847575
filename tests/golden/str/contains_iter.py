s = "hello world"
print("lo" in s, "low" in s, "" in s, "h" in s, "z" not in s, "" in "")
print("é" in "café", "€" in "café", "😀" in "a😀b")
try:
    1 in s
except TypeError as e:
    print("TypeError", e)
try:
    None in s
except TypeError as e:
    print("TypeError", e)
print(list("abc"), list(""), list("é€😀"))
it = iter("xyz")
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
print([c.upper() for c in "abc"], "".join(reversed("abc")))
print(tuple(enumerate("ab")), dict(zip("ab", "cd")))
print(len("hello"), len(""), len("😀😀"))
