# Method calls and attribute access on user classes.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self

def run():
    p = Point(0, 0)
    step = Point(1, -2)
    c = Counter()
    for i in range(300000):
        p = p.add(step)
        c.bump(1).bump(i & 3)
    return p.norm1(), c.n

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 11
for _ in range(reps):
    result = run()
print(result, reps)
