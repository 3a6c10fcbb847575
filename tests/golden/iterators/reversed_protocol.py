# reversed(): __reversed__, the __len__ + __getitem__ fallback, and errors.
class WithReversed:
    def __reversed__(self):
        return iter("cba")

class Sequence:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10

print(list(reversed(WithReversed())))
r = reversed(Sequence())
print(type(r).__name__, r.__length_hint__())
print(list(r))

for bad in (5, {1, 2}, iter([1]), (x for x in ())):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)

class NotReversible:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NotReversible())
except TypeError as e:
    print("TypeError:", e)

class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed(range(1, 10, 3))), list(reversed("héllo")), list(reversed(b"ab")))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(bytearray(b"xy"))))

class ReturnsNonIterator:
    def __reversed__(self):
        return 42
print(reversed(ReturnsNonIterator()))

class ShortSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i
print(list(reversed(ShortSeq())))
try:
    reversed()
except TypeError as e:
    print("TypeError:", e)
