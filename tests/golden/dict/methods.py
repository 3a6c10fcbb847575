# get, setdefault, pop, popitem, copy, clear.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))

d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.get("x", 0))
print(d.setdefault("x", 5), d.setdefault("w", 5), d.setdefault("v"), d)
print(d.pop("x"), d.pop("nope", "default"), d)
attempt(lambda: d.pop("nope"))
print(d.popitem(), d.popitem(), d)
d["new"] = 1
print(d.popitem(), d)
attempt(lambda: d.popitem())
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.pop())
attempt(lambda: {}.setdefault())
attempt(lambda: {}.get([]))
attempt(lambda: {}.popitem(1))
e = {i: str(i) for i in range(5)}
c = e.copy()
c[9] = "9"
print(e, c, c is e)
print(e.clear(), e, len(e))
big = {i: i for i in range(100)}
while len(big) > 95:
    print(big.popitem(), end=" ")
print()
big[1000] = 0
print(list(big)[-3:])
for k in list(big):
    if k % 10:
        del big[k]
print(big)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
class D(dict):
    pass
fk = D.fromkeys([1, 2], "v")
print(type(fk).__name__, fk)
s = {}.fromkeys([1])
print(s)
