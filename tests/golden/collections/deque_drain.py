# deque: growing far and draining again (the ring shrinks), with iterators and rotation in between.
from collections import deque
d = deque()
for i in range(100000):
    d.append(i)
it = iter(d)
total = 0
while len(d) > 10:
    total += d.popleft()
    if len(d) % 3 == 0:
        d.append(d.pop())
print(total, list(d), d[0], d[-1])
try:
    next(it)
except RuntimeError as e:
    print(e)
for round in range(3):
    for i in range(5000):
        d.appendleft(i)
    for i in range(4990):
        d.pop()
    d.rotate(3)
print(len(d), list(d)[:5], sum(d))
