# Expressions the compiler lowers specially: chained comparisons, short
# circuits, unpacking, f-strings, slices, augmented assignment, folding.
a, b, c = 1, 2, 3
print(a < b < c, a < c < b, a == 1 != b, 1 < 2 > 0)
print(0 or "x", 1 and "y", None or 0 or [], 1 and 2 and 3)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, *u]] = ["s", "tuv"]
print(s, t, u)
print(*[1, 2], *(3,), **{} or {})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab"], {*range(2), 5})
name, width = "pi", 10
print(f"{name!r:>{width}}|{3.14159:.2f}|{'nested ' + f'{a}'}|{a=}")
lst = list(range(10))
print(lst[::2], lst[-3:], lst[1:8:3], lst[:])
lst[2:4] = ["x"]
del lst[0]
print(lst)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10


class Obj:
    pass


o = Obj()
o.n = 1
o.n *= 5
o.n **= 2
print(d, o.n)
print(2 ** 10, "ab" * 3, -(-5), ~0, not 0, (1, 2) + (3,), "abc"[1], 7 // 2, 7 % 3, 1 / 0.5)
print(1 if a else 2, [x for x in (1, 2) if not x - 1])
big = 12345678901234567890 * 98765432109876543210
print(big, -2 ** 2, (-2) ** 2, 2 ** -1)
print(0.1 + 0.2, 1e300 * 1e10, -0.0, 3j * 2)
print(__debug__, ..., type(...).__name__)
t = 1,
print(t, (), ((1,),))
x = y = z = "chained"
print(x, y, z)
print((n := 10) + n)
