# Object creation and destruction, inheritance, super() and dunder methods.
import sys


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and self.w == other.w and self.h == other.h

    def __hash__(self):
        return hash((self.w, self.h))

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

def run():
    total = 0
    seen = set()
    for i in range(100000):
        r = Rect(i % 13, i % 7) if i % 2 else Square(i % 11)
        total += r.area()
        seen.add(r)
    return total, len(seen)

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 11
for _ in range(reps):
    result = run()
print(result, reps)
