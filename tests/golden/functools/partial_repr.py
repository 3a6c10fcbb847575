# functools.partial's repr: builtin functions, classes, keywords, subclasses
# and the guard against a partial that contains itself.
from functools import partial

class Shown:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "<" + self.name + ">"
    def __call__(self, *args, **kwargs):
        return args

print(repr(partial(len)))
print(repr(partial(int, "10", base=2)))
print(repr(partial(Shown("f"), Shown("a"), k=Shown("v"))))
print(repr(partial(partial(max, 1), 2)))
print(repr(partial(dict, b=1, a=2)))

class MyPartial(partial):
    pass

print(repr(MyPartial(len, [1])))

p = partial(Shown("f"))
p.__setstate__((Shown("f"), (p,), {}, None))
print(repr(p))

lst = []
p2 = partial(Shown("g"), lst)
lst.append(p2)
print(repr(p2))
print(str(partial(min, 3)))
