# Order while a set grows one add() at a time: the resize points and the
# reinsertion order must match CPython's.
s = set()
for x in [40, 8, 16, 24, 32, 0, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128]:
    s.add(x)
    print(len(s), s)
t = set()
for i in range(60):
    t.add((i * 37) % 101)
    if i % 6 == 5:
        print(t)
u = set()
for i in range(30):
    u.add(i * 64)
print(u)
v = {1}
v.update(range(100, 120))
print(v)
w = set(range(5))
w.update([50, 40, 30, 20, 10])
print(w)
