# Insertion order survives deletions, re-insertions, updates and growth.
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
del d["quick"]
d["quick"] = 9
print(list(d))
d["the"] = 0
print(list(d.items())[:2])
e = {}
for i in range(1000):
    e[i] = i
for i in range(0, 1000, 2):
    del e[i]
print(list(e)[:10], len(e))
for i in range(0, 20, 2):
    e[i] = i
print(list(e)[-10:], len(e))
f = dict.fromkeys(range(10, 0, -1))
print(list(f))
g = {3: 0, 1: 0, 2: 0}
g.update({1: 1, 4: 4})
print(g)
h = {}
for i in range(50):
    h[i] = i
    if i % 3 == 0:
        del h[i]
print(list(h)[:12])
print(list({-1: 0, -2: 0, 0: 0, 2**70: 0, -2**70: 0}))
