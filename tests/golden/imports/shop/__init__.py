# A package with subpackages, used by the import tests.
print("shop/__init__ running as", __name__)
VERSION = "1.0"
from . import money
