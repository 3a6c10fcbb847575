# A short tour of what Taipan runs today: run it with `taipan examples/tour.py`.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print("Fibonacci:", [fib(i) for i in range(12)])
print("Big ints:", 2 ** 100, fib(120))
print("Floats:", 0.1 + 0.2, 1 / 3, round(2.675, 2))

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("Counts:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


print("Classes:", Vector(1, 2) + Vector(3, 4))


def squares(n):
    for i in range(n):
        yield i * i


print("Generators:", list(squares(6)), sum(x for x in squares(100) if x % 2))

try:
    {}["missing"]
except KeyError as e:
    print("Exceptions:", repr(e))

match {"kind": "point", "at": (3, 4)}:
    case {"kind": "point", "at": (x, y)}:
        print(f"Pattern matching: point at {x=}, {y=}")
