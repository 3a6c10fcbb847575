# append, extend, insert, pop, remove, index, count, reverse, copy, clear.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = []
a.append(1)
a.append([2])
a.extend((3, 4))
a.extend("ab")
a.extend(range(2))
a.extend({7: 0})
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(1))
attempt(lambda: [1].pop(-2))
attempt(lambda: [1].pop("a"))
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
attempt(lambda: b.remove(42))
print(b.index(1), b.index(1, 1), b.index(2, -3), b.index(3, 0, 3))
attempt(lambda: b.index(42))
attempt(lambda: b.index(1, 1, 2))
attempt(lambda: b.index("x"))
attempt(lambda: b.index(1, "a"))
print(b.count(1), b.count(9), [[1], [1]].count([1]))
c = [1, 2, 3, 4, 5]
print(c.reverse(), c)
d = c.copy()
d.append(0)
print(c, d)
print(d.clear(), d)
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].insert(1))
attempt(lambda: [].count())
attempt(lambda: [].extend(5))
attempt(lambda: [].copy(1))
e = [1, 2]
e.extend(e)
print(e)
e += e
print(e)
e *= 2
print(len(e), e[:5])
f = [1, 2]
g = f
f *= 0
print(f, g, f is g)
n = [1.5, 1, True, 1.0]
print(n.count(1), n.index(True))
