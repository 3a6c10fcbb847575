# Relative imports inside packages, and their errors.
from shop.billing import invoice

print(invoice.tax.RATE, invoice.money.price(99))
try:
    import shop.billing.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals(), None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
