# deque: releasing deeply nested deques and collecting deques in cycles.
from collections import deque
import gc

d = deque()
for i in range(100000):
    d = deque([d], maxlen=1)
del d
print("released")

class Holder:
    pass
for i in range(100):
    h = Holder()
    h.q = deque([h, deque([h])])
    h.q[1].append(h.q)
del h
gc.collect()
print("collected")

it_cycle = deque([0])
it_cycle.append(iter(it_cycle))
del it_cycle
gc.collect()
print("iterator cycle collected")
