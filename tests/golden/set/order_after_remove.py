# Deleted slots are not reused by add(); they disappear at the next rebuild.
s = set()
for x in (1, 9, 17, 4):
    s.add(x)
s.discard(1)
s.discard(17)
s.add(25)
print(s)
t = {1, 9, 17}
t.remove(1)
t.remove(17)
t.add(25)
print(t)
u = set(range(16))
for x in range(0, 16, 2):
    u.remove(x)
print(u)
for x in range(100, 108):
    u.add(x)
    print(u)
v = set(range(40))
v.difference_update(range(0, 40, 3))
print(v)
v -= set(range(1, 40, 3))
print(v)
w = set(range(10))
while w:
    print(w.pop(), end=" ")
print()
x = {3, 11, 19, 27}
print(x.pop(), x)
x.add(35)
print(x, x.pop(), x.pop(), x)
