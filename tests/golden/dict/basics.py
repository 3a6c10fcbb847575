# dict creation, item access, assignment, deletion and KeyError.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e), e.args)

d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
attempt(lambda: d["missing"])
attempt(lambda: d[(1, 2)])
attempt(lambda: d[None])
def delmissing():
    del d["nope"]
attempt(delmissing)
attempt(lambda: d[[1]])
attempt(lambda: {[1]: 2})
def setunhashable():
    d[{}] = 1
attempt(setunhashable)
print({}, {1: {2: {3: {}}}}, dict(), bool({}), bool({0: 0}))
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
f = {0: "a", -1: "b", 2**70: "c", -2**70: "d", 1.5: "e", None: "f", (): "g", "": "h"}
print(f, f[2**70], f[-1], f[()], f[""])
print(type({}).__name__, isinstance({}, dict))
g = {}
for i in range(10):
    g[i] = i * i
for i in range(0, 10, 3):
    del g[i]
print(g, list(g), len(g))
g[0] = "back"
print(g)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
attempt(lambda: {1: 2} < {1: 2})
attempt(lambda: hash({}))
