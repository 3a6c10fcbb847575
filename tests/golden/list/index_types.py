# Indexing lists with ints, bools, __index__ objects and invalid keys.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list("abcdef")
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIndex:
    def __index__(self): return "x"
print(a[I(1)], a[I(-1)], a[True])
attempt(lambda: a[I(10)])
attempt(lambda: a[BadIndex()])
attempt(lambda: a[None])
attempt(lambda: a[1.5])
attempt(lambda: a[[1]])
attempt(lambda: a[2**63])
a[I(0)] = "A"
print(a)
del a[I(0)]
print(a)
print(a.pop(I(1)), a)
a.insert(I(1), "ins")
print(a)
attempt(lambda: a.insert(1.0, "x"))
attempt(lambda: a.insert("1", "x"))
attempt(lambda: a.pop(2**70))
print(a.index("ins", I(0), I(5)))
