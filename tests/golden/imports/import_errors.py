# The errors of failed imports.
for statement in ["import no_such_module", "import shop.nothing_here", "from shop import nothing_here",
                  "import shop.money.sub", "from no_such_pkg import x", "import shop.catalog.items.deeper"]:
    try:
        exec(statement)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("shop", level=-1)
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
