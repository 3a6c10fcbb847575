class S:
    __slots__ = ("a", "b")
m = S.__dict__["a"]
print(type(m).__name__, repr(m), m.__name__, m.__objclass__.__name__)
s = S()
m.__set__(s, 10)
print(s.a, m.__get__(s, S), m.__get__(None, S) is m)
m.__delete__(s)
try:
    m.__get__(s, S)
except AttributeError as e:
    print(e)
try:
    m.__get__(1, int)
except TypeError as e:
    print(e)
class D:
    pass
dd = D.__dict__["__dict__"]
print(type(dd).__name__, repr(dd))
d = D()
d.x = 1
print(dd.__get__(d, D))
d.__dict__ = {"y": 2}
print(d.y)
try:
    d.__dict__ = 5
except TypeError as e:
    print(e)
