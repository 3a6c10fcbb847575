# namedtuple: fields, defaults, rename, methods, repr and validation errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), len(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__module__)
print(Point._make([3, 4]), p._replace(y=9), p._asdict(), p.__getnewargs__())
x, y = p
print(x, y, isinstance(p, tuple), Point.__mro__)
print(Point.__new__.__doc__, Point.x.__doc__, Point.__match_args__)
print(Point._make.__doc__, p._replace.__doc__, p._asdict.__doc__, Point._make.__qualname__)

P3 = namedtuple("P3", "a, b c", defaults=(10, 20))
print(P3(1), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", ["abc", "def", "ghi", "_x", "abc", "1a"], rename=True)
print(R._fields)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, M(1), namedtuple("One", "a")(5))
E = namedtuple("E", "")
print(E(), E._fields)

for args, kwargs in [(("Bad", "a b a"), {}), (("Bad", "a _b"), {}), (("Bad", "a def"), {}),
                     (("1Bad", "a"), {}), (("Bad", "a b"), {"defaults": [1, 2, 3]}),
                     (("Bad", ["a", 1.5]), {})]:
    try:
        namedtuple(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)

class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
s = Sub(3, 4)
print(s, s.norm(), s._replace(x=0))
match p:
    case Point(a, b):
        print("matched", a, b)
getter = Point.__dict__["x"]
print(type(getter).__name__, getter.__doc__, getter.__get__(p), getter.__get__(None, Point) is getter)
try:
    getter.__get__(5)
except TypeError as e:
    print("TypeError", e)
try:
    Point.__dict__["y"].__get__(())
except IndexError as e:
    print("IndexError", e)
