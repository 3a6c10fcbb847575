# functools.total_ordering: the derived comparisons, NotImplemented
# propagation and the error for a class without any ordering.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(Version(3), Version(2, 9)))
for op in ("__le__", "__gt__", "__ge__"):
    print(op, getattr(Version, op).__name__)
try:
    a < 3
except TypeError as e:
    print(e)
try:
    a >= "x"
except TypeError as e:
    print(e)

@total_ordering
class ByGreater:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(ByGreater(1) < ByGreater(2), ByGreater(1) >= ByGreater(1), ByGreater(3) <= ByGreater(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
