# functools.partial: calls, flattening of nested partials, keyword merging,
# read-only attributes and construction errors.
from functools import partial

def show(*args, **kwargs):
    return args, kwargs

p = partial(show, 1, 2, a=3)
print(p())
print(p(4, b=5))
print(p(a=9))
print(p.func is show, p.args, p.keywords)

q = partial(p, 6, c=7)
print(q.func is show, q.args, q.keywords)
print(q(8))

r = partial(q)
print(r.func is show, r.args, r.keywords)

# A partial with instance attributes is not flattened.
p2 = partial(show, 1)
p2.note = "kept"
n = partial(p2, 2)
print(n.func is p2, n.args, n())

for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print(name, type(e).__name__, e)

for args in [(), (1,), ("x", 1)]:
    try:
        partial(*args)
    except TypeError as e:
        print(e)

print(partial(int, base=16)("ff"), partial(int, "101", base=2)())
print(partial(dict, a=1)(b=2), partial(dict, a=1)(a=2))
print(partial(max, key=len)(["aa", "b", "ccc"]))
many = partial(show, *range(10))
print(many(10, 11, 12))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
print(callable(p), type(p).__name__, partial.__module__, partial.__qualname__)
