# reversed() through __reversed__ or __len__/__getitem__, iter() over the old
# __getitem__ protocol, and iter(callable, sentinel).
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(reversed(Seq())), list(iter(Seq())), list(Seq()), 9 in Seq())
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__())
class OnlyGetItem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return "v%d" % i
print(list(OnlyGetItem()), type(iter(OnlyGetItem())).__name__)
attempt(lambda: reversed(OnlyGetItem()))
attempt(lambda: reversed(5))
attempt(lambda: reversed({1, 2}))
attempt(lambda: reversed({}.keys()).__class__.__name__)
class NotRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
attempt(lambda: reversed(NotRev()))
class OwnRev:
    def __reversed__(self): return iter("own")
print(list(reversed(OwnRev())))
class StopIter:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopIter()))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
it = iter(tick, 10)
print(next(it), type(it).__name__)
attempt(lambda: iter(5, 1))
attempt(lambda: iter(5))
attempt(lambda: next(iter([]), ))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
data = iter([1, 2, None, 3])
print(list(iter(lambda: next(data), None)))
