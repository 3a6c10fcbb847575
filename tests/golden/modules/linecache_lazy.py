# linecache.lazycache: sources that come from a module's loader, looked up
# only when a line is first requested.
import linecache


class Loader:
    calls = 0

    def get_source(self, name):
        Loader.calls += 1
        if name == "missing":
            return None
        if name == "broken":
            raise ImportError("nope")
        return "line one\nline two\nline three"


g = {"__name__": "virtual_mod", "__loader__": Loader()}
print(linecache.lazycache("virtual_mod.py", g))
print(len(linecache.cache["virtual_mod.py"]), Loader.calls)
print(linecache.lazycache("virtual_mod.py", g))
print(repr(linecache.getline("virtual_mod.py", 2, g)), Loader.calls)
print(linecache.getlines("virtual_mod.py"))
print(linecache.lazycache("virtual_mod.py", g), "after load")
print(linecache.cache["virtual_mod.py"][1], linecache.cache["virtual_mod.py"][0])
linecache.checkcache("virtual_mod.py")
print("virtual_mod.py" in linecache.cache)

print(linecache.lazycache("<string>", g), linecache.lazycache("", g))
print(linecache.lazycache("other.py", None), linecache.lazycache("other.py", {}))
print(linecache.lazycache("other.py", {"__name__": "x"}))


class Spec:
    loader = Loader()


print(linecache.lazycache("spec_mod.py", {"__name__": "spec_mod", "__spec__": Spec()}))
print(linecache.getline("spec_mod.py", 3))
print(linecache.getlines("missing.py", {"__name__": "missing", "__loader__": Loader()}))
print(linecache.getlines("broken.py", {"__name__": "broken", "__loader__": Loader()}))
print("broken.py" in linecache.cache, len(linecache.cache.get("broken.py", ())))
