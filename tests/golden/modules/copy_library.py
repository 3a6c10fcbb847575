# copy / deepcopy of exceptions, slices, functools.partial, collections'
# containers and subclasses of built-in immutable types.
import collections
import copy
import functools

e = ValueError("x", [2])
ec = copy.deepcopy(e)
print(type(ec).__name__, ec.args, ec.args[1] is e.args[1], copy.copy(e).args[1] is e.args[1])
print(repr(copy.deepcopy(KeyError("k"))))

s = slice(1, [2], 3)
print(copy.deepcopy(s), copy.deepcopy(s).stop is s.stop, copy.copy(s) is s, s.__reduce__())

p = functools.partial(int, base=2)
p.note = [1]
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc("101"), pd("111"), pc, pc.note is p.note, pd.note is p.note)
for state in [5, (1, 2), (print, [], None, None), (print, (), 5, None)]:
    try:
        functools.partial(print).__setstate__(state)
    except TypeError as exc:
        print(exc)

Point = collections.namedtuple("Point", "x y")
pt = Point(1, [2])
print(copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y, copy.copy(pt) is pt)
od = collections.OrderedDict(a=[1], b=2)
print(copy.deepcopy(od), copy.copy(od)["a"] is od["a"])
dd = collections.defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
print(ddc, ddc.default_factory is list, ddc["a"] is dd["a"])
dq = collections.deque([1, [2]], maxlen=5)
print(copy.deepcopy(dq), copy.copy(dq)[1] is dq[1])
print(sorted(copy.copy(collections.Counter("abca")).items()))

for base, value in [(int, 5), (str, "ab"), (float, 1.5), (bytes, b"x"), (tuple, (1, [2])), (frozenset, {1})]:
    sub = type("Sub" + base.__name__, (base,), {})
    obj = sub(value)
    obj.tag = "t"
    for c in (copy.copy(obj), copy.deepcopy(obj)):
        print(type(c).__name__, c == obj, c.tag, c is obj)
