# functools.cached_property: computed once, stored in the instance dict,
# __set_name__ checks, and classes without a __dict__.
from functools import cached_property

class Data:
    computed = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        "The sum."
        Data.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, Data.computed, "total" in vars(d))
d.total = 5
print(d.total)
del d.total
print(d.total, Data.computed)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print(type(e).__name__, e)

shared = cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, str(e).split(":")[0][:80])

p = cached_property(lambda self: 2)
try:
    p.__get__(Data(1))
except TypeError as e:
    print(type(e).__name__, e)
