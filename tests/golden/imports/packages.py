# Packages: __init__ runs once, submodules, attributes, sys.modules caching.
import sys

import shop
import shop.catalog
from shop.billing import invoice

print(shop.VERSION, shop.money.price(1234), sorted(shop.catalog.ITEMS))
print(invoice.total(["apple", "pear"]))
print(shop.__name__, shop.__package__, shop.catalog.__package__, invoice.__package__)
print(shop.__path__ == [shop.__path__[0]], shop.__path__[0].endswith("shop"))
print(shop.__file__.endswith("shop/__init__.py"), invoice.__file__.endswith("invoice.py"))
print(shop.__spec__.name, shop.catalog.__spec__.name, shop.catalog.__spec__.parent, invoice.__spec__.parent)
print("shop.billing" in sys.modules, sys.modules["shop.billing.invoice"] is invoice)
import shop.money as m
print(m is shop.money, m.__name__)
