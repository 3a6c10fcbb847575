# OrderedDict: order operations, order-sensitive equality, views and repr.
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(od, OrderedDict(), len(od))
try:
    OrderedDict(1, 2)
except TypeError as e:
    print("TypeError", e)
od.move_to_end("a")
print(list(od))
od.move_to_end("a", last=False)
od.move_to_end("c", False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y, x == {"a": 1, "b": 2})
print(list(reversed(x)), list(reversed(x.keys())), list(reversed(x.items())), list(reversed(x.values())))
print(x.keys(), x.items(), x.values())
print(OrderedDict.fromkeys("abc", 0), x.copy(), type(x.copy()).__name__)
print(x | {"c": 3}, {"z": 0} | x, type({"z": 0} | x).__name__)
x |= [("d", 4)]
print(x)
x.update({"a": 10}, e=5)
print(x, x.setdefault("f", 6), x.setdefault("a"), x.pop("b"), x.pop("nope", None))
rec = OrderedDict()
rec["self"] = rec
print(rec)
class Sub(OrderedDict):
    pass
s = Sub(k=1)
print(s, s.copy(), Sub())
print(OrderedDict.__hash__)
del x["a"]
x["a"] = 0
print(x, "a" in x, x.get("a"))
