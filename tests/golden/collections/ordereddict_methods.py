# OrderedDict: every method, in order, on an exact OrderedDict.
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde", 0)
print(od)
od.move_to_end("b")
od.move_to_end("d", last=False)
od.move_to_end("d", False)
od.move_to_end("e", last=True)
print(list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
od.update([("x", 1), ("y", 2)], z=3)
od.update({"a": 10})
od.update(OrderedDict(w=9))
print(od)
print(od.setdefault("x", 100), od.setdefault("new"), od.setdefault(key="k2", default=5), od)
print(od.pop("x"), od.pop("missing", "dflt"), od.pop(key="y"), od.pop("missing", default=None), od)
print(od.get("z"), od.get("zz", "no"), "z" in od, "zz" in od, len(od), od["z"])
c = od.copy()
c["added"] = 1
print(c, od, type(c) is OrderedDict)
print(OrderedDict.fromkeys(range(3)), OrderedDict.fromkeys("ab", value=[]))
print(od.keys(), od.values(), od.items())
del od["a"]
od["a"] = "back"
print(list(od.items()))
od["z"] = "changed in place"
print(list(od.keys()))
od.clear()
print(od, len(od), list(od))
od["after clear"] = 1
print(od)
# __or__, __ror__, __ior__
a = OrderedDict(a=1, b=2)
print(a | {"b": 20, "c": 3}, {"c": 3, "a": 0} | a, a | OrderedDict(z=0))
a |= {"d": 4}
a |= [("e", 5)]
print(a)
print(OrderedDict(a=1).__or__(5), OrderedDict(a=1).__ror__(5))
# Large: order kept through the dict's growth and deletions.
big = OrderedDict()
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 3):
    del big[i]
for k in list(big)[::-7]:
    big.move_to_end(k, last=False)
for i in range(0, 1000, 3):
    big[i] = -i
keys = list(big)
print(len(big), keys[:10], keys[-5:], sum(big.values()))
print(list(big.items())[:3], list(reversed(big.items()))[:3])
while len(big) > 3:
    big.popitem(last=len(big) % 2 == 0)
print(big)
