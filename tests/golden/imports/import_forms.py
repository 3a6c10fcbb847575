# import, import as, from-import, submodule fallback, __import__.
import sys
import shop.catalog.items
import shop.catalog.items as items_mod
from shop.catalog import items
from shop import catalog, money as money_mod

print(shop.catalog.items is items_mod is items, catalog is sys.modules["shop.catalog"], money_mod.__name__)
top = __import__("shop.billing.tax")
print(top.__name__)
leaf = __import__("shop.billing.tax", fromlist=["RATE"])
print(leaf.__name__, leaf.RATE)
pkg = __import__("shop.billing", fromlist=["invoice"])
print(pkg.__name__, pkg.invoice.__name__)
import _plain_module
import _plain_module as again
print(_plain_module is again, _plain_module.counter)
_plain_module.counter += 1
import _plain_module
print(_plain_module.counter)
