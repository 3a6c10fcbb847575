# __length_hint__ on built-in iterators and operator.length_hint rules.
import operator

def hint(it):
    return operator.length_hint(it)

it = iter([1, 2, 3, 4])
print(hint(it), it.__length_hint__())
next(it)
print(hint(it))
list(it)
print(hint(it))
for obj in ((1, 2), "abc", b"xy", range(10), range(0, 10, 3), {1: 2}, {1, 2, 3}, bytearray(b"z")):
    i = iter(obj)
    print(type(i).__name__, hint(i))
print(hint(reversed([1, 2])), hint(reversed(range(5))), hint(reversed({1: 1})))
print(hint(iter({}.items())), hint(iter({1: 2}.values())))
print(hint(x for x in range(3)), hint(map(str, [1])), hint(zip([1], [2])))
print(operator.length_hint(iter([]), 7), operator.length_hint(object(), 5))

class WithLen:
    def __len__(self):
        return 4
    def __length_hint__(self):
        return 100

class OnlyHint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value

print(hint(WithLen()), hint(OnlyHint(3)), operator.length_hint(OnlyHint(NotImplemented), 9))
for bad in (-1, "x", 2.5):
    try:
        hint(OnlyHint(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    operator.length_hint([], "default")
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        raise KeyError("len failed")
try:
    hint(BadLen())
except KeyError as e:
    print("KeyError:", e)
print(list(OnlyHint(10).__dict__))
