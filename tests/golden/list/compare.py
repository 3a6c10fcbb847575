# Lexicographic ordering of lists, and the errors of comparing unlike items.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

pairs = [([], []), ([], [1]), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]),
         ([2], [1, 9]), ([1, [2]], [1, [3]]), (["a"], ["b"]), ([1.5], [1])]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
attempt(lambda: [1, 2] < [1, "a"])
attempt(lambda: [1] < ["a"])
attempt(lambda: [1] < (1,))
attempt(lambda: [1] >= None)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2])
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print([Loud(1)] == [Loud(1)])
class Bad:
    def __eq__(self, o): raise ValueError("no eq")
attempt(lambda: [Bad()] == [Bad()])
b = Bad()
print([b] == [b])
print(max([3, 1], [2, 9], [3, 0]), min([[5], [1, 2], [1]]))
