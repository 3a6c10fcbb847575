# list_iterator and list_reverseiterator: exhaustion, lists changing while
# iterated, and __length_hint__.
a = [1, 2, 3]
it = iter(a)
print(next(it), it.__length_hint__())
a.append(4)
print(list(it), it.__length_hint__(), list(it))
a.append(5)
print(list(it))
r = reversed(a)
print(next(r), r.__length_hint__())
a.pop()
a.pop()
print(list(r), r.__length_hint__())
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2:
        b.remove(x)
print(b)
c = [0]
for x in c:
    if x < 5:
        c.append(x + 1)
print(c)
it2 = iter([])
print(next(it2, "done"), it2.__length_hint__())
r2 = reversed([1, 2])
print(list(r2), list(r2))
d = list(range(5))
it3 = iter(d)
next(it3)
d.clear()
print(list(it3))
print(type(iter(a)) is type(iter([])), iter(it) is it)
e = [1, 2, 3]
ri = reversed(e)
e.clear()
print(list(ri))
print(list(enumerate(reversed("abc"))))
