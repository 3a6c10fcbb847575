# random's module-level functions share one seeded generator; heapq and
# bisect (the C accelerators) sort random data as CPython does.
import bisect
import heapq
import random

random.seed(2024)
data = [random.randint(0, 999) for _ in range(50)]
print(data[:10], sum(data))
heap = list(data)
heapq.heapify(heap)
print([heapq.heappop(heap) for _ in range(10)], len(heap))
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.heappushpop(heap, -1), heapq.heapreplace(heap, 5000), heap[0])
ordered = []
for x in data:
    bisect.insort(ordered, x)
print(ordered == sorted(data), bisect.bisect(ordered, 500), bisect.bisect_left(ordered, ordered[10]))
random.shuffle(data)
print(data[:10], random.choice(data), random.sample(data, 3))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random(), random.getrandbits(70), random.randrange(1, 10 ** 30, 3))
print(round(random.gauss(), 12), round(random.gauss(), 12), round(random.uniform(-1, 1), 12))
print(random.choices(range(10), k=10), random.randbytes(4).hex())
sr = random.SystemRandom()
print(type(sr.random()).__name__, 0 <= sr.randrange(10) < 10, len(sr.randbytes(3)))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
