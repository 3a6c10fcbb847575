# Once an iterator is exhausted it stays exhausted, even if the source grows.
items = [1]
it = iter(items)
print(list(it))
items.append(2)
print(list(it), next(it, "empty"))

d = {"a": 1}
dit = iter(d)
print(list(dit))
d["b"] = 2
print(list(dit))

b = bytearray(b"x")
bit = iter(b)
print(list(bit))
b.append(0x79)
print(list(bit))

class Growing:
    def __init__(self):
        self.data = [1]
    def __getitem__(self, i):
        return self.data[i]

g = Growing()
sit = iter(g)
print(list(sit))
g.data.append(2)
print(list(sit))

for make in (lambda: map(abs, [-1]), lambda: zip([1], [2]), lambda: enumerate("a"),
             lambda: filter(None, [1]), lambda: reversed([1]), lambda: iter(range(1))):
    it = make()
    print(type(it).__name__, list(it), list(it))

counter = iter([1, 2, 0, 3])
cit = iter(lambda: next(counter), 0)
print(list(cit), list(cit), next(counter))

items = [1, 2, 3]
rit = reversed(items)
next(rit)
items.append(4)
print(list(rit))
items = [1, 2, 3]
it = iter(items)
next(it)
items.insert(0, 0)
print(list(it))
