# add, discard, remove, pop, clear, copy, len, membership and their errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))

s = set()
s.add(1)
s.add(1)
s.add(2.0)
s.add((3,))
print(s, len(s), 1 in s, 2 in s, 3 in s, (3,) in s)
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
print(s)
attempt(lambda: s.remove(99))
attempt(lambda: s.remove([1]))
attempt(lambda: s.add([1]))
attempt(lambda: [1] in s)
attempt(lambda: s.discard({}))
print(s.pop(), s)
attempt(lambda: s.pop())
attempt(lambda: set().add())
attempt(lambda: set().add(1, 2))
attempt(lambda: set([1], [2]))
attempt(lambda: set(x=1))
attempt(lambda: set(1))
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(c, d, c.clear(), c)
print(set("aab") == {"a", "b"}, len(set("mississippi")), set() == set(), set() is set())
print({1, 2} == {2, 1}, {1} != {1.0}, {1, 2} == frozenset({1, 2}), {1} == [1])
print(frozenset({1}) in {frozenset({1}): 0}, {1, 2} in [{2, 1}])
print({frozenset({1, 2})}, frozenset() in {frozenset()})
inner = {1, 2}
outer = {frozenset({1, 2}): "v"}
print(inner in {frozenset({1, 2})}, outer.get(frozenset(inner)))
t = {frozenset({1}), frozenset({2})}
t.discard({1})
print(t)
t.remove({2})
print(t)
