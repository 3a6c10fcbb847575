# The in-place forms: update, intersection_update, difference_update,
# symmetric_difference_update and |= &= -= ^=.
s = {1, 2, 3}
s.update([4, 5], (6,), {7: 0})
print(s)
s.intersection_update(range(2, 7), [3, 4, 5, 6, 99])
print(s)
s.difference_update([3], {4})
print(s)
s.symmetric_difference_update([5, 10, 11])
print(s)
s.symmetric_difference_update(s)
print(s)
t = set(range(10))
t |= {20, 30}
print(t)
t &= set(range(5, 25))
print(t)
t -= {5, 6}
print(t)
t ^= {7, 100}
print(t)
try:
    t |= [1]
except TypeError as e:
    print("TypeError:", e)
u = set(range(100))
u.intersection_update({i for i in range(0, 100, 7)})
print(u)
u.difference_update(u)
print(u)
v = {1, 2}
v.update()
v.intersection_update()
print(v)
w = set(range(30))
w.difference_update(range(100))
print(w, len(w))
x = {1, 2, 3}
alias = x
x &= {2}
print(alias, alias is x)
y = frozenset([1, 2])
z = y
y |= {3}
print(y, z, y is z)
