d = {}
words = "the quick brown fox jumps over the lazy dog the end".split()
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(set(words)), len(set(words)))
print(hash("") == hash(""), hash("abc") == hash("".join(["a", "bc"])), hash("é") == hash("\xe9"), hash("😀") == hash("\U0001f600"))
print({"a": 1, "a" + "": 2}, {"€": 1}["€"], "x" in {"x": 1}, "y" in {"x"})
keys = [str(i) for i in range(200)]
m = dict.fromkeys(keys, 0)
print(len(m), all(k in m for k in keys), "199" in m, "200" in m)
print(sorted({"b": 1, "a": 2, "é": 3, "A": 4}.items()))
import sys
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == b)
