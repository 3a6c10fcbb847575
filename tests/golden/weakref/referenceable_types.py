# Which kinds of objects accept weak references, as in CPython.
import weakref, sys, types
class C:
    def m(self): pass
async def co(): pass
async def ag(): yield 1
def g(): yield 1
c = co()
items = {"method": C().m, "module": sys, "coroutine": c, "asyncgen": ag(), "code": g.__code__,
         "frozenset": frozenset(), "classmethod": classmethod(len), "staticmethod": staticmethod(len), "property": property(),
         "builtin": len, "mappingproxy": C.__dict__, "partial": __import__("functools").partial(len),
         "bytes": b"", "object": object(), "type_subclass_instance": type("X", (int,), {})(), "exc": ValueError()}
for name, o in items.items():
    try:
        weakref.ref(o)
        print(name, "ok")
    except TypeError as e:
        print(name, e)
c.close()
