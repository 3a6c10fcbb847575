import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.is_(None, None), operator.contains([1, 2], 2))
print(operator.getitem({"k": 9}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.pow(2, 10), operator.floordiv(7, 2), operator.truediv(7, 2))
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)))
print(itemgetter(1)("abc"), itemgetter(0, -1)([1, 2, 3]), repr(itemgetter(1, "k")))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("outer", P("inner"))
print(attrgetter("name")(p), attrgetter("inner.name", "name")(p), repr(attrgetter("a.b")))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p))
print(repr(methodcaller("greet", "hi", punct="?")))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2))
d = {}
operator.setitem(d, "a", 1)
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.call(max, 1, 5, 2))
