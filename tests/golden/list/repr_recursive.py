# repr of lists that contain themselves, directly or through other containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {"k": []}
e["k"].append(e)
print(e)
f = [1]
g = (f,)
f.append(g)
print(f, g)
class R:
    def __repr__(self): return "R!"
print([R(), [R()]], [None, True, 1.5, "s", b"b", (1,), {}, set()])
print([[[[[]]]]], [[], [[]], [[], [[]]]])
print(["quote's", 'dq"', "both'\"", "\n\t\\"])
