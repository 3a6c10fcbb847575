# functools.partial as a type: subclassing, __dict__, weak references,
# __class_getitem__, and the absence of __get__ (a partial in a class body
# is not bound to instances).
import weakref
from functools import partial

class Tagged(partial):
    def describe(self):
        return "Tagged(%s)" % self.func.__name__

t = Tagged(pow, 2)
print(t(10), t.describe(), type(t).__name__, isinstance(t, partial))
u = Tagged(t, 3)
print(type(u).__name__, u.func is pow, u.args, u())

p = partial(len)
print(p.__dict__)
p.__dict__ = {"a": 1}
print(p.a, vars(p))
try:
    p.__dict__ = 3
except TypeError as e:
    print(e)

r = weakref.ref(p)
print(r() is p)
del p
print(r())

print(partial[int], type(partial[int]).__name__)
print(hasattr(partial, "__get__"))

class C:
    method = partial(lambda *args: args, "fixed")

c = C()
print(c.method(1))
print(C.method(2))

print(partial(len) == partial(len), hash(partial(len)) is not None)
