match_cases = [1, [1, 2], {"k": 5, "z": 0}, (3, 4, 5), "str", 3.5, None, {"other": 1}]
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for subject in match_cases + [Point(1, 2), Point(0, 9)]:
    match subject:
        case 1:
            print("one")
        case [a, b]:
            print("pair", a, b)
        case {"k": v, **rest}:
            print("mapping", v, rest)
        case (first, *others):
            print("seq", first, others)
        case str() as s:
            print("string", s)
        case float(f) if f > 3:
            print("float", f)
        case None:
            print("none")
        case Point(1, y=yy):
            print("point1", yy)
        case Point(x=0):
            print("point x0")
        case _:
            print("default", subject)
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return b\nc = f()", ns)
print(ns["a"], ns["b"], ns["c"])
print(eval("x * 2", {"x": 21}))
loc = {}
exec("y = 5", {}, loc)
print(loc)
def show_locals():
    a = 1
    b = [a]
    return sorted(locals().items())
print(show_locals())
class Body:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names, Body.y)
def outer():
    v = "captured"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner().get(), Inner.w
print(outer())
x = 10
def read_global():
    global x
    x += 1
    return x
print(read_global(), x)
def keyword_call(a, b, *, c):
    return a, b, c
print(keyword_call(1, c=3, b=2), keyword_call(*[1, 2], **{"c": 3}))
args = (1,)
kw = {"b": 2, "c": 3}
print(keyword_call(*args, **kw))
try:
    keyword_call(1, 2, 3)
except TypeError as e:
    print(e)
try:
    keyword_call(**{"a": 1, "b": 2}, **{"a": 3})
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, 2, x=3))
import sys
def frame_info():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno
print(frame_info())
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*[1, 2], 3})
first, (second, third) = 1, (2, 3)
print(first, second, third)
s = slice(1, 3)
print([0, 1, 2, 3][s], "abcdef"[::2], "abc"[-1:])
print(f"{'nested {}'.format(1)} {x!r:>5} {3.0:g}")
n = 0
while True:
    n += 1
    if n > 3:
        break
print(n)
print(1 < 2 < 3, 1 < 3 < 2, 2 in [1, 2], 3 not in (1, 2), None is None)
a = [1, 2, 3]
a[1:2] = [7, 8]
del a[0]
print(a)
d = {"x": [1]}
d["x"] += [2]
print(d)
class O: pass
o = O()
o.attr = 1
o.attr += 5
del o.attr
print(hasattr(o, "attr"))
print(-(2**47), -(-(2**47)), 2**47 - 1 + 1, (-2**47) - 1)
print(~5, -5 // 2, -5 % 3, 7 / 2, 2 ** -1)
