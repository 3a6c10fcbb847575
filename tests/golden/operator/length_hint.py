# operator.length_hint: len() first, then __length_hint__, then the default,
# with CPython's checks of the hint.
import operator as op

def attempt(*args):
    try:
        print(repr(op.length_hint(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt([1, 2, 3])
attempt(iter([1, 2, 3]))
attempt(iter(range(10)), 4)
attempt(x for x in [])
attempt((x for x in []), 7)
attempt(42)
attempt(42, 5)
attempt(42, "x")
attempt(42, 2.5)
attempt()
attempt(1, 2, 3)
it = iter([1, 2, 3])
next(it)
attempt(it)
attempt(reversed([1, 2]))
attempt(iter({1: 2, 3: 4}))

class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

for value in [5, 0, -1, "x", 2.0, NotImplemented, True, 2**70, TypeError("t"), ValueError("v")]:
    print(repr(value), end=" ")
    attempt(Hint(value), 9)

class LenAndHint:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 100
attempt(LenAndHint())

class BadLen:
    def __len__(self):
        raise TypeError("no len")
    def __length_hint__(self):
        return 11
attempt(BadLen())

class ValueLen:
    def __len__(self):
        raise ValueError("bad len")
attempt(ValueLen())

class Instance:
    pass
i = Instance()
i.__length_hint__ = lambda: 5
attempt(i, 1)
