# Subclasses of list: overridden methods, extra attributes, repr and equality.
class MyList(list):
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"
    def total(self):
        return sum(self)
m = MyList([3, 1, 2])
m.append(5)
m.tag = "t"
print(m, m.total(), len(m), m.tag, m == [3, 1, 2, 5], isinstance(m, list))
m.sort()
print(m, type(m[1:]).__name__, type(m + m).__name__, type(m * 2).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s)
class NoAppend(list):
    def append(self, x):
        raise RuntimeError("no")
n = NoAppend([1])
n.extend([2])
n += [3]
print(n)
try:
    n.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
class Init(list):
    def __init__(self, *args):
        super().__init__(args)
print(Init(1, 2, 3), list(Init("a")))
class GetItem(list):
    def __getitem__(self, i):
        return "item %r" % (i,)
g = GetItem([1, 2])
print(g[0], g[1:], list(g), [x for x in g])
print(MyList.__mro__[1].__name__, list.__name__)
