# Indexing a range gives ints; slicing gives a new range.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-7], r[6])
attempt(lambda: r[7])
attempt(lambda: r[-8])
attempt(lambda: r["a"])
attempt(lambda: r[1.0])
print(r[1:4], r[::-1], r[::2], r[-2:], r[:100], r[100:], r[5:1:-2], r[::-3])
print(list(r[1:4]) == list(r)[1:4], list(r[::-1]) == list(r)[::-1])
for s in [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1),
          slice(-100, 100, 3), slice(4, 0, -1), slice(1, 1)]:
    print(s, r[s], list(r[s]) == list(r)[s])
e = range(0)
print(e[:], e[::-1])
attempt(lambda: e[0])
attempt(lambda: r[::0])
n = range(10, -10, -3)
print(n[2], n[-1], n[1:5], n[::-2], list(n[::-2]))
class I:
    def __index__(self): return 2
print(r[I()], r[True])
