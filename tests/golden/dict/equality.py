# Equality of dicts ignores order; values compared with ==.
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1.0})
print({1: 2} == {1: 2, 3: 4}, {"a": None} == {"b": None}, {} != {})
nan = float("nan")
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
x = nan
print({1: x} == {1: x})
class Loud:
    def __eq__(self, o):
        print("eq called")
        return True
    __hash__ = object.__hash__
print({1: Loud()} == {1: Loud()})
class D(dict):
    pass
print(D(a=1) == {"a": 1}, {"a": 1} == D(a=1))
print(dict.__eq__({}, []), {}.__ne__({}))
