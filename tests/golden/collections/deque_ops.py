# deque: operators, comparisons, iteration, repr and errors.
from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], deque() < deque([0]))
print(a + b, a * 2, 2 * a, a * 0, a * -1)
m = deque([1, 2, 3], maxlen=4)
print(m + deque([4, 5]), m * 3, m * 5, deque("abc", 5) * 3, deque("abc", 2) * 7, deque("ab", 7) * 3)
x = deque([1, 2])
y = x
x += [3, 4]
x *= 2
print(x, x is y)
x *= 0
print(x)
print(2 in a, 5 in a, 5 not in a)
print(list(reversed(a)), list(iter(a)))
print(repr(deque()), str(deque(["a"], maxlen=2)))

rec = deque([1])
rec.append(rec)
print(rec)

print(m.__copy__(), m.__copy__() is m)
print(type(iter(a)).__name__, type(reversed(a)).__name__)
it = iter(a)
print(it.__length_hint__(), next(it), it.__length_hint__())
print(deque[int])

for bad in [lambda: deque([]).pop(), lambda: deque().popleft(), lambda: a[3], lambda: a[-4],
            lambda: a["x"], lambda: a[1:2], lambda: a + [1], lambda: a * "s", lambda: hash(a),
            lambda: a < [1], lambda: a.index(9), lambda: a.remove(9), lambda: deque(maxlen=-1),
            lambda: deque(maxlen="x"), lambda: deque(1, 2, 3), lambda: a.rotate("x"),
            lambda: a.insert(1), lambda: a.index(), lambda: a.rotate(1, 2), lambda: a.append(),
            lambda: a.pop(1), lambda: deque(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def fail_assign():
    d = deque([1])
    d[5] = 1
def fail_delete():
    d = deque([1])
    del d[-2]
for f in [fail_assign, fail_delete]:
    try:
        f()
    except IndexError as e:
        print("IndexError", e)

# mutation during iteration
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3])
try:
    for v in reversed(d):
        d.pop()
except RuntimeError as e:
    print("RuntimeError", e)

class Evil:
    def __eq__(self, other):
        d.clear()
        return False
d = deque([Evil(), Evil()])
try:
    d.count(5)
except RuntimeError as e:
    print("RuntimeError", e)

# subclasses
class MyDeque(deque):
    def total(self):
        return sum(self)
s = MyDeque([1, 2, 3], maxlen=5)
print(s, s.total(), type(s.copy()).__name__, type(s + s).__name__, s.copy())
print(isinstance(s, deque), MyDeque.__mro__)

# the cycle collector sees through deques
import gc
class Node:
    pass
n = Node()
n.q = deque([n])
del n
print(gc.collect() > 0)

from collections.abc import MutableSequence, Sequence
print(isinstance(a, MutableSequence), isinstance(a, Sequence))
match a:
    case [1, *rest]:
        print("matched", rest)
