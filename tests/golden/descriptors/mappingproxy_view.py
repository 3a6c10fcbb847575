class C:
    a = 1
    b = 2
mp = C.__dict__
print(type(mp).__name__, mp["a"], "b" in mp, "z" in mp, mp.get("z", "dflt"), mp.get("a"))
print(sorted(k for k in mp.keys() if not k.startswith("__")))
print(len(mp) > 2, sorted(k for k in mp if len(k) == 1))
try:
    mp["a"] = 5
except TypeError as e:
    print(e)
try:
    del mp["a"]
except TypeError as e:
    print(e)
try:
    mp["zz"]
except KeyError as e:
    print("KeyError", e)
from types import MappingProxyType
p = MappingProxyType({"x": 1})
print(p, repr(p), p.copy(), list(p.items()), list(p.values()), p == {"x": 1})
try:
    MappingProxyType([1])
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
