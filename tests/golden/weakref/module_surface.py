# The _weakref module's names, the types' names and a few argument errors.
import weakref, _weakref
print(weakref.ref[int], weakref.ref.__module__, weakref.ProxyType.__qualname__, weakref.KeyedRef.__module__)
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
print(weakref.getweakrefcount.__name__, _weakref.__name__)
class A: pass
a=A()
try: weakref.getweakrefs()
except TypeError as e: print(e)
try: weakref.ref(a)(x=1)
except TypeError as e: print(e)
