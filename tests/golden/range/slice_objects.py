# slice objects: attributes, indices(), repr, equality, unhashability.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice("a", [1], None))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(2))
print(slice(-100, 100, -7).indices(10), slice(2**70, None).indices(5), slice(0, 0).indices(0))
attempt(lambda: s.indices(-1))
attempt(lambda: slice(None, None, 0).indices(5))
attempt(lambda: slice("a").indices(5))
attempt(lambda: hash(s))
attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: slice(x=1))
print(s == slice(1, 10, 2), s == slice(1, 10), s != slice(1, 10, 3), s == (1, 10, 2))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2, 3) <= slice(1, 2, 3))
print("abcdefgh"[s], (1, 2, 3, 4)[slice(None, None, -2)], list(range(10))[slice(-3, None)])
print(type(s).__name__, slice(1.5, "x", None))
