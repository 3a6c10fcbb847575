# The ABC caches and registry through abc's helpers: _dump_registry's
# contents (as sizes), _abc_registry_clear, _abc_caches_clear, and weak
# references (a registered class can die).
import gc
import io
from abc import ABC, get_cache_token, _get_dump, _reset_caches, _reset_registry

class Store(ABC):
    pass

def sizes(cls):
    registry, cache, negative, version = _get_dump(cls)
    return len(registry), len(cache), len(negative), version == get_cache_token()

print(sizes(Store))
class Kept:
    pass
Store.register(Kept)
print(sizes(Store))
isinstance(Kept(), Store)
isinstance(1, Store)
isinstance("", Store)
print(sizes(Store))
registry, cache, negative, version = _get_dump(Store)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in negative))
print(type(registry).__name__, type(next(iter(registry))).__name__)

Store._abc_caches_clear()
print(sizes(Store), isinstance(Kept(), Store), sizes(Store))
Store._abc_registry_clear()
print(sizes(Store), isinstance(Kept(), Store), issubclass(Kept, Store))
_reset_caches(Store)
print(sizes(Store), issubclass(Kept, Store))

def make_and_register():
    class Temporary:
        pass
    Store.register(Temporary)
    isinstance(Temporary(), Store)
    return sizes(Store)
print(make_and_register())
gc.collect()
print(sizes(Store))

out = io.StringIO()
Store._dump_registry(out)
lines = out.getvalue().splitlines()
print(lines[0], [line.split(":")[0] for line in lines])

for f in (_get_dump, _reset_caches, _reset_registry):
    try:
        f(int)
    except AttributeError as e:
        print(f.__name__, type(e).__name__, e)

class Broken(ABC):
    pass
Broken._abc_impl = 5
try:
    isinstance(1, Broken)
except TypeError as e:
    print(type(e).__name__, e)
