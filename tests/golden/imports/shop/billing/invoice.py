from shop.catalog import ITEMS
from .. import money
from . import tax


def total(names):
    cents = sum(ITEMS[n] for n in names)
    return money.price(tax.with_tax(cents))
