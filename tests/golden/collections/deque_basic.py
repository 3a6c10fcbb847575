# deque: construction, both ends, maxlen, indexing, rotate and the other methods.
from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
print(d[0], d[-1], d[3])
d[1] = "x"
del d[0]
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d)
d.reverse()
print(d)
print(d.count("a"), d.index(2), d.index("x"), d.index(3, 1, 6))
d.insert(2, "ins")
d.insert(-100, "first")
d.insert(100, "last")
print(d)
d.remove("ins")
print(d)
c = d.copy()
c.clear()
print(c, d)

# maxlen keeps the newest items
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
print(deque(maxlen=0), deque([1, 2], maxlen=0), deque().maxlen)
try:
    m.insert(0, 5)
except IndexError as e:
    print("IndexError", e)

# extending with itself
s = deque([1, 2])
s.extend(s)
s.extendleft(s)
print(s)
s += s
print(len(s))

# rotate on a large deque, in both directions and by more than its length
big = deque(range(100))
big.rotate(37)
print(list(big)[:5], big[0], big[-1])
big.rotate(-137)
print(list(big) == list(range(100)))
for i in range(50):
    big.append(big.popleft())
    big.appendleft(big.pop())
print(list(big) == list(range(100)))

# growth past many ring sizes with popleft interleaved
g = deque()
for i in range(1000):
    g.append(i)
    if i % 3 == 0:
        g.popleft()
print(len(g), g[0], g[-1], sum(g))

# __init__ again replaces the contents
r = deque([1, 2, 3], 5)
r.__init__([7])
print(r)
r.__init__("xy", maxlen=1)
print(r)
print(deque(iterable=[1], maxlen=None))
