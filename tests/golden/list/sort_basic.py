# list.sort and sorted: keys, reverse, stability, and already-sorted inputs.
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted([3.5, 1, 2.25, -1, True, 0.0]))
print(sorted([[2, 1], [1, 9], [2, 0], [1]]))
print(sorted(""), sorted("taipan"), sorted({3: 0, 1: 0, 2: 0}))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted(range(20, 0, -1)))
print(sorted([1] * 5 + [0] * 5))
b = list(range(50))
b.sort(key=lambda x: -x)
print(b[:10], b[-3:])
c = []
c.sort()
print(c)
d = [1]
d.sort(reverse=True)
print(d)
e = [3, 1, 2]
print(e.sort(key=None), e)
print(sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], reverse=1))
f = ["b", "a", "c"]
f.sort(key=lambda s: s)
print(f)
big = [10**30, -10**30, 5, 10**20, -1]
print(sorted(big))
floats = [2.5, -0.5, 1e300, -1e-300, 0.0, 3.0]
print(sorted(floats))
print(sorted([1, 2.5, 10**20, -3, 0.5]))
