# heapq's list operations: results, comparison order, errors.
import heapq
import _heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 3))

# Large heapify (the cache-friendly order) must give CPython's layout.
big = [(i * 7919) % 5003 for i in range(6000)]
heapq.heapify(big)
print(big[:20], sum(i * v for i, v in enumerate(big)) % 1000003)
big2 = [(i * 31) % 2801 for i in range(2501)]
heapq.heapify(big2)
print(big2[:20], sum(i * v for i, v in enumerate(big2)) % 1000003)

# Max-heap helpers.
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)


class Loud:
    log = []

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        Loud.log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


items = [Loud(v, t) for v, t in zip([3, 1, 3, 2, 1, 2, 3], "abcdefg")]
heapq.heapify(items)
print(items, Loud.log)
Loud.log.clear()
heapq.heappush(items, Loud(1, "h"))
print(items, Loud.log)
Loud.log.clear()
print([heapq.heappop(items) for _ in range(len(items))], Loud.log)

for f, args in [
    (heapq.heappush, (1, 2)),
    (heapq.heappush, ([],)),
    (heapq.heappush, ([], 1, 2)),
    (heapq.heappop, ()),
    (heapq.heappop, ((),)),
    (heapq.heapify, (1,)),
    (heapq.heappop, ([],)),
    (heapq.heapreplace, ([], 1)),
    (heapq.heappushpop, (5, 1)),
    (heapq._heappop_max, ([],)),
    (heapq.heappush, ([1, "a"], 2)),
]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    heapq.heappush(heap=[], item=1)
except TypeError as e:
    print(e)


class Shrinker:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


h = [1, 2, 3]
s = Shrinker(h)
try:
    heapq.heappush(h, s)
except RuntimeError as e:
    print("RuntimeError", e, h)
h = [Shrinker(None), Shrinker(None), Shrinker(None)]
for x in h:
    x.heap = h
try:
    heapq.heappop(h)
except RuntimeError as e:
    print("RuntimeError", e, len(h))


class Sub(list):
    pass


sub = Sub([5, 1, 3])
heapq.heapify(sub)
print(sub, type(sub).__name__)
print(heapq.heappush.__module__, heapq.nlargest.__module__, heapq.__all__)
print(type(heapq.heappush).__name__)
