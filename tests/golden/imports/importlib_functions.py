# importlib.import_module (absolute and relative) and importlib.reload.
import importlib

money = importlib.import_module("shop.money")
print(money.__name__, money.price(250))
tax = importlib.import_module(".tax", "shop.billing")
print(tax.__name__, tax.RATE)
catalog = importlib.import_module("..catalog", "shop.billing")
print(catalog.__name__)
import _plain_module

_plain_module.counter = 99
again = importlib.reload(_plain_module)
print(again is _plain_module, _plain_module.counter)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("no_such_thing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
