# symtable: the scope of every name in nested functions, classes and closures,
# through the Symbol predicates CPython's symtable module offers.
import symtable

SOURCE = '''
import os.path as osp, sys
from collections import OrderedDict
counter = 0
LIMIT: int = 10

def outer(a, b=2, *args, key=None, **kw):
    global counter
    counter += 1
    total = a + b
    def middle(x):
        nonlocal total
        total += x
        def inner():
            return total, a, sys.argv
        return inner
    return middle

class Widget(Base, metaclass=Meta):
    kind = "plain"
    size: int
    def __init__(self, name):
        self.name = name
        self.__secret = 1
        super().__init__()
    def describe(self):
        return f"{self.name} {kind}"
    @staticmethod
    def make(*parts):
        return Widget(" ".join(parts))
'''

PREDICATES = ["is_referenced", "is_parameter", "is_global", "is_nonlocal",
              "is_declared_global", "is_local", "is_annotated", "is_free",
              "is_imported", "is_assigned", "is_namespace"]


def describe(table, depth=0):
    pad = "  " * depth
    print(f"{pad}{table.get_type()} {table.get_name()} line={table.get_lineno()} "
          f"optimized={table.is_optimized()} nested={table.is_nested()} "
          f"children={table.has_children()}")
    for name in sorted(table.get_identifiers()):
        sym = table.lookup(name)
        flags = [p[3:] for p in PREDICATES if getattr(sym, p)()]
        print(f"{pad}  {name}: {' '.join(flags)}")
    if isinstance(table, symtable.Function):
        for what in ("parameters", "locals", "globals", "nonlocals", "frees"):
            print(f"{pad}  {what}: {sorted(getattr(table, 'get_' + what)())}")
    if isinstance(table, symtable.Class):
        print(f"{pad}  methods: {sorted(table.get_methods())}")
    for child in table.get_children():
        describe(child, depth + 1)


top = symtable.symtable(SOURCE, "widgets.py", "exec")
print(repr(top))
describe(top)
outer = top.lookup("outer").get_namespace()
print(repr(outer), outer.get_parameters())
widget = top.lookup("Widget").get_namespace()
print(repr(widget))
print(repr(top.lookup("counter")))
