# OrderedDict.__init__/update: dicts, mappings with keys(), objects with
# items() only, pair iterables, keywords, and which wins.
from collections import OrderedDict, UserDict, ChainMap

class KeysOnly:
    def keys(self):
        return ["y", "x"]
    def __getitem__(self, key):
        return key.upper()
class ItemsOnly:
    def items(self):
        return [("i", 1), ("j", 2)]
class Both:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return "from getitem"
    def items(self):
        return [("k", "from items")]

print(OrderedDict({"b": 1, "a": 2}), OrderedDict(KeysOnly()), OrderedDict(ItemsOnly()), OrderedDict(Both()))
print(OrderedDict(UserDict(q=1, p=2)), OrderedDict(ChainMap({"a": 1}, {"b": 2})))
print(OrderedDict([("a", 1), ("a", 2), ("b", 3)]), OrderedDict(zip("abc", range(3))), OrderedDict(["xy", "zw"]))
print(OrderedDict({"a": 1}, a=2, b=3), OrderedDict(a=1, **{"b": 2}))
od = OrderedDict(z=0)
od.update({"a": 1}, b=2)
od.update([("c", 3)])
od.update(KeysOnly())
od.update(ItemsOnly(), z=100)
od.update()
od.update(other=1, self=2)
print(od)
gen = ((str(i), i) for i in range(4))
print(OrderedDict(gen), OrderedDict(iter([("it", 1)])), OrderedDict(()), OrderedDict([]))
od = OrderedDict(a=1)
od |= KeysOnly()
od |= ItemsOnly()
print(od, od | {"a": 0}, {"new": 1} | od)
