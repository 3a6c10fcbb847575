# keys(), values() and items() views: live, with reprs, len and membership.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["c"] = 3
print(k, v, i)
del d["a"]
print(list(k), list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print({}.keys(), {}.values(), {}.items())
print(k.mapping == d if hasattr(k, "mapping") else "no mapping")
print(k == {"b", "c"}, k == {"b"}, i == {("b", 2), ("c", 3)}, k != {"x"})
print(k < {"b", "c", "d"}, k <= {"b", "c"}, k > {"b"}, k >= {"b", "c"}, k > {"b", "c"})
print(v == v, v == d.values())
print(d.keys() == d.keys(), d.items() == d.items())
nested = {1: [1, 2], 2: {"x": (1,)}}
print(nested.items(), nested.values())
print(sorted(d.items()), sorted(d), sum(d.values()))
print([1, 2] in nested.values(), ((1, [1, 2])) in nested.items())
try:
    [] in d.keys()
except TypeError as e:
    print("TypeError:", e)
try:
    ({}, 1) in d.items()
except TypeError as e:
    print("TypeError:", e)
print((1, {}) in d.items(), ("b", {}) in d.items())
it = iter(d.items())
print(next(it), it.__length_hint__())
