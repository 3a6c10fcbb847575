# ChainMap: lookups through several maps, writes to the first, children and parents.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "alice"}
cm = ChainMap({}, env, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), sorted(cm.items()))
cm["color"] = "blue"
print(cm.maps[0], cm["color"], defaults["color"])
print("user" in cm, "x" in cm, cm.get("x", 0), bool(ChainMap()), bool(cm))
child = cm.new_child()
child["z"] = 1
print(child, child.parents, child.new_child({"m": 1}), cm.new_child(k=2))
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {"a": 1}).pop("a")
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap()["missing"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap({"a": 1}).pop("a"), ChainMap().pop("q", "dflt"))
c2 = cm.copy()
c2["new"] = 1
print(c2, cm, ChainMap.fromkeys("ab", 0))
print(cm | {"extra": 1}, {"extra": 1} | cm)
cm |= {"w": 3}
print(cm.maps[0])
rec = ChainMap()
rec.maps[0]["me"] = rec
print(rec)
cm.clear()
print(cm)
print(ChainMap({1: "a"}, {1: "b", 2: "c"}) == {1: "a", 2: "c"})
