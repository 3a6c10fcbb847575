# Containers changed while being iterated: errors for dict and set, defined behaviour for list.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"a": 1, "b": 2}
try:
    for k in d:
        d.pop("b", None)
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"a": 1}
for k in d:
    d[k] = 5
print(d)

for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(2, None)
    except RuntimeError as e:
        print(view, "RuntimeError:", e)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    if x == 2:
        items.remove(x)
print(seen, items)

items = [1, 2]
count = 0
for x in items:
    count += 1
    if count < 4:
        items.append(x)
print(items)

b = bytearray(b"abc")
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(100)
print(out)
