from .items import ITEMS
from ..money import price

print("shop.catalog loaded, package", __package__)
