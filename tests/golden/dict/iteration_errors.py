# Changing a dict while iterating over it.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {1: 1, 2: 2, 3: 3}
def grow():
    for k in d:
        d[k + 10] = 0
attempt(grow)
print(len(d) > 3)
d = {1: 1, 2: 2, 3: 3}
def shrink():
    for k in d:
        del d[k]
attempt(shrink)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 100
print(d)
d = {1: 1, 2: 2}
def values_grow():
    for v in d.values():
        d[v + 5] = v
attempt(values_grow)
d = {1: 1, 2: 2}
def items_grow():
    for kv in d.items():
        d.pop(1, None)
attempt(items_grow)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
d[4] = 4
attempt(lambda: next(it))
attempt(lambda: next(it))
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
del d[2]
d[2] = 2
attempt(lambda: list(it))
d = {"a": 1}
for k in list(d):
    d[k * 2] = 1
print(d)
e = {i: i for i in range(5)}
r = reversed(e)
next(r)
e[9] = 9
attempt(lambda: next(r))
