# Built-ins consuming iterators: how much they consume and what they build.
def source(n):
    for i in range(n):
        print("yield", i)
        yield i

print(any(x > 1 for x in source(5)))
print(all(x < 1 for x in source(5)))
print(1 in source(4))
print(sum(source(3), 10), min(source(2)), max(source(2), default=-1))
print(sorted(source(3), reverse=True))
print(dict(zip(source(2), "ab")))
print(",".join(map(str, source(2))))
print(tuple(source(1)), set(source(1)), frozenset(source(0)))
print(list(enumerate(source(2), start=5)))
print(max(iter([]), default="empty"))
try:
    min(iter([]))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(source(3), "x")))
print(list(map(lambda a, b: a + b, [1, 2, 3], iter([10, 20]))))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(list(filter(lambda x: x % 2, source(4))))
it = iter(range(10))
print(list(zip(it, it)))
it = iter("abcdef")
print(next(it), list(zip(it, range(2))), list(it))
