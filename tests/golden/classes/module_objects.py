import types
import sys
import _lazy_module as lm
print(lm.eager, lm.lazy_ab, dir(lm))
try:
    lm.missing
except AttributeError as e:
    print(e)
from _lazy_module import lazy_zz
print(lazy_zz)
print(type(lm).__name__, lm.__name__, repr(sys), repr(lm).startswith("<module '_lazy_module' from "))
m = types.ModuleType("fresh")
print(repr(m), m.__doc__, m.__spec__, m.__package__, sorted(m.__dict__))
m2 = types.ModuleType("withdoc", "the doc")
print(m2.__doc__)
try:
    m.nothing
except AttributeError as e:
    print(e)
m.value = 3
del m.value
try:
    del m.value
except AttributeError as e:
    print(e)
class Custom(types.ModuleType):
    def __repr__(self):
        return f"<custom {self.__name__}>"
    @property
    def computed(self):
        return len(self.__name__)
c = Custom("abc")
print(c, c.computed, isinstance(c, types.ModuleType))
try:
    types.ModuleType()
except TypeError as e:
    print(e)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
