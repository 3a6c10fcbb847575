# OrderedDict views: order, reversal, set operations, membership, equality.
from collections import OrderedDict

od = OrderedDict.fromkeys("dacb", 1)
od["a"] = 2
od.move_to_end("d")
k, v, i = od.keys(), od.values(), od.items()
print(type(k).__name__, type(v).__name__, type(i).__name__)
print([t.__name__ for t in type(k).__mro__], [t.__name__ for t in type(i).__mro__])
print(k, v, i, len(k), len(v), len(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print("a" in k, "z" in k, ("a", 2) in i, ("a", 1) in i, 2 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(i & {("a", 2)}), k == {"a", "b", "c", "d"}, k == ["a"], i <= {("a", 2), ("b", 1), ("c", 1), ("d", 1)})
print(k.isdisjoint({"q"}), i.isdisjoint([("a", 2)]), k.mapping)
od["e"] = 5
print(k, list(v), list(i)[-1])
print(type(iter(k)).__name__, type(reversed(v)).__name__, type(iter(od)).__name__)
print(list(zip(od, od.values())))
print(dict(od), {**od}, list(od), sorted(od))
print(OrderedDict(od) == od, dict(od) == od, list(OrderedDict(dict(od))))
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(a) == b, b == {"a": 1, "b": 2}, a.__eq__(5))
print(OrderedDict() == OrderedDict(), OrderedDict(a=[1]) == OrderedDict(a=[1]), OrderedDict(a=1) == OrderedDict(a=1.0))
print(OrderedDict(a=1, b=2) == OrderedDict(a=1), OrderedDict(a=1) != OrderedDict(a=2))
