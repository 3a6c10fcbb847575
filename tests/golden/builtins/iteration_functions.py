# iter, next, all, any, enumerate, zip, map, filter, reversed, sorted, len.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, 0, 3]), any(x > 2 for x in range(5)))
print(list(enumerate("abc", 1)), list(zip("ab", [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), list(reversed("abc")))
print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted([-3, 2, -1], key=abs), sorted({3: 1, 1: 2}))
print(len([1, 2]), len("héllo"), len({}), len(range(10)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        self.n -= 1
        return self.n


print(list(iter(Countdown(5), 0)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(iter(Seq())), list(Seq()))
for bad in ["next([])", "iter(1)", "iter(1, 2)", "len(1)", "sorted([1], 1)", "sorted([1], foo=2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
