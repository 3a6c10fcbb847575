# operator's sequence functions: concat/iconcat, contains, countOf,
# indexOf, getitem/setitem/delitem, with CPython's errors.
import operator as op

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(op.concat, [1], [2])
attempt(op.concat, "a", "b")
attempt(op.concat, (1,), (2,))
attempt(op.concat, b"a", b"b")
attempt(op.concat, 1, 2)
attempt(op.concat, [1], (2,))
attempt(op.concat, "a", 1)
attempt(op.concat, {1: 2}, {3: 4})
attempt(op.iconcat, 1, 2)
attempt(op.iconcat, [1], (2, 3))

class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, other):
        return Seq(self.items + list(other))
    def __repr__(self):
        return "Seq(%r)" % (self.items,)

attempt(op.concat, Seq([1]), [2])
attempt(op.concat, Seq([1]), 5)

class NotSeq:
    def __add__(self, other):
        return "added"
attempt(op.concat, NotSeq(), [1])

attempt(op.contains, [1, 2], 2)
attempt(op.contains, "abc", "bc")
attempt(op.contains, {1: 2}, 2)
attempt(op.contains, 1, 2)
attempt(op.countOf, [1, 2, 1, 1.0, True], 1)
attempt(op.countOf, "banana", "a")
attempt(op.countOf, 5, 1)
attempt(op.indexOf, [3, 4, 5], 5)
attempt(op.indexOf, [3, 4, 5], 6)
attempt(op.indexOf, iter("xyz"), "z")

nan = float("nan")
attempt(op.countOf, [nan, nan], nan)
attempt(op.indexOf, [nan], nan)

d = {"a": 1}
attempt(op.getitem, d, "a")
attempt(op.getitem, d, "b")
attempt(op.getitem, [1, 2, 3], slice(1, None))
attempt(op.getitem, [1], "x")
attempt(op.setitem, d, "b", 2)
attempt(op.setitem, (), 0, 1)
attempt(op.delitem, d, "a")
attempt(op.delitem, [], 0)
print(d)
lst = [1, 2, 3, 4]
op.setitem(lst, slice(1, 3), ["x"])
op.delitem(lst, -1)
print(lst)
