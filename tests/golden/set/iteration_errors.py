# Changing a set while iterating over it.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
attempt(grow)
s = {1, 2, 3}
def shrink():
    for x in s:
        s.discard(x)
attempt(shrink)
s = {1, 2, 3}
it = iter(s)
print(next(it), it.__length_hint__())
s.add(4)
attempt(lambda: next(it))
attempt(lambda: next(it))
s = {1, 2, 3}
for x in s.copy():
    s.discard(x)
print(s)
t = {1, 2}
it = iter(t)
print(list(it), list(it), type(it).__name__)
u = set(range(5))
for x in list(u):
    u.add(x * 10)
print(u)
