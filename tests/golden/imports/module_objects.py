# Module objects: repr-independent attributes, dir, setattr, reload-free re-import.
import sys
import types

import shop.money

mod = sys.modules["shop.money"]
print(type(mod).__name__, mod.__name__, "price" in dir(mod), callable(mod.price))
mod.extra = 5
print(shop.money.extra)
m = types.ModuleType("made_by_hand", "doc text")
print(m.__name__, m.__doc__)
sys.modules["made_by_hand"] = m
m.value = 10
import made_by_hand
print(made_by_hand is m, made_by_hand.value)
del sys.modules["made_by_hand"]
