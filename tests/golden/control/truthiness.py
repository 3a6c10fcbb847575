values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {1: 2}, set(), None, True, False, range(0), range(3)]
for v in values:
    print(repr(v), bool(v), not v)

class Empty:
    def __len__(self):
        return 0

class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0

print(bool(Empty()), bool(Truthy()), bool(object()))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last")
print([] and 1, "x" and "y" and "z")
