# bisect: bisect_left/right and insort_left/right over lists, tuples and
# user sequences, with lo/hi bounds and key functions.
import bisect
import _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
print(sorted(n for n in dir(_bisect) if not n.startswith("__")))
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 4), bisect.bisect_right(a, 2, 0, 2))
print(bisect.bisect_left(a, 2, hi=1), bisect.bisect_left(a, 2, 0, None), bisect.bisect_left(a, 2, 0, -1))
print(bisect.bisect_left(a, 2, 10), bisect.bisect_left(a, 2, 5, 3), bisect.bisect_left(a, 2, True))
print(bisect.bisect_right(a, 100, lo=3, hi=5), bisect.bisect_left(x=2, a=a))
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right("abcdef", "c"), bisect.bisect_left(range(0, 100, 5), 42))
words = ["apple", "Banana", "cherry", "date"]
print(bisect.bisect_left(words, "b", key=str.lower), bisect.bisect_right(words, "CHERRY", key=str.upper))
records = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]), bisect.bisect_right(records, 3, key=lambda r: r[0]))
print(bisect.bisect_left(records, (4,), key=None), bisect.bisect_left(records, (3, "b"), key=None))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort_left(c, x, 0, len(c))
print(c)
ints_and_floats = [1, 2.0, 3]
bisect.insort_left(ints_and_floats, 2)
bisect.insort_right(ints_and_floats, 2.0)
print(ints_and_floats)
people = []
for name, age in [("ann", 30), ("bob", 25), ("cy", 30), ("di", 20)]:
    bisect.insort_right(people, (name, age), key=lambda p: p[1])
print(people)
bisect.insort_left(people, ("eve", 30), key=lambda p: p[1])
print(people)
bisect.insort(people, ("zed", 99), lo=2)
print(people)

class Seq:
    def __init__(self, data):
        self.data = data
        self.log = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        self.log.append(i)
        return self.data[i]
    def insert(self, i, x):
        self.log.append(("insert", i, x))
        self.data.insert(i, x)
s = Seq(list(range(0, 40, 2)))
print(bisect.bisect_left(s, 17), s.log)
s.log.clear()
bisect.insort(s, 17)
print(s.log, s.data[:12])

class Noisy:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"N{self.v}"
ns = [Noisy(i) for i in range(8)]
print(bisect.bisect_left(ns, Noisy(3)))
print(bisect.bisect_right(ns, Noisy(3)))
bisect.insort(ns, Noisy(6))
print(ns)
