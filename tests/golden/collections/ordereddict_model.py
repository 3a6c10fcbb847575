# OrderedDict against a list model: random sequences of set, delete,
# move_to_end (both ends), popitem (both ends), setdefault and pop.
import random
from collections import OrderedDict

rng = random.Random(5)
od = OrderedDict()
model = []  # [key, value] pairs in order
values = {}
for step in range(3000):
    op = rng.randrange(7)
    key = rng.randrange(40)
    if op == 0:
        od[key] = step
        if key not in values:
            model.append(key)
        values[key] = step
    elif op == 1 and key in values:
        del od[key]
        model.remove(key)
        del values[key]
    elif op == 2 and key in values:
        last = rng.random() < 0.5
        od.move_to_end(key, last=last)
        model.remove(key)
        if last:
            model.append(key)
        else:
            model.insert(0, key)
    elif op == 3 and model:
        last = rng.random() < 0.5
        k, v = od.popitem(last=last)
        expected = model.pop() if last else model.pop(0)
        assert k == expected and v == values.pop(k), (k, expected)
    elif op == 4:
        got = od.setdefault(key, -step)
        if key not in values:
            model.append(key)
            values[key] = -step
        assert got == values[key]
    elif op == 5:
        got = od.pop(key, None)
        if key in values:
            model.remove(key)
            assert got == values.pop(key)
    elif op == 6 and rng.random() < 0.01:
        od.clear()
        model.clear()
        values.clear()
    assert list(od) == model, step
    assert list(reversed(od)) == model[::-1]
print(len(od), list(od.items())[:6])
print("model agrees")
