class T:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(T()), not T(), "yes" if T() else "no")
class L:
    def __len__(self): return 0
print(bool(L()), bool(L) )
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
try:
    if BadBool(): pass
except TypeError as e:
    print(e)
class Nothing: pass
print(bool(Nothing()), bool(None), bool(NotImplemented) if False else "skip", bool(...), bool(0.0), bool(""), bool([0]))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, repr(...), repr(NotImplemented))
print(type(None)() is None, type(...)() is ...)
try:
    type(None)(1)
except TypeError as e:
    print(e)
