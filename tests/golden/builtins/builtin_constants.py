# Constants and types that live in builtins.
import builtins

print(None, True, False, Ellipsis, ..., NotImplemented, __debug__)
print(type(Ellipsis).__name__, type(NotImplemented).__name__, type(None).__name__)
for name in ["object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview",
             "list", "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map",
             "filter", "reversed", "property", "classmethod", "staticmethod", "super"]:
    print(name, getattr(builtins, name) is eval(name), isinstance(getattr(builtins, name), type))
print(builtins.__name__, builtins.len is len, builtins.print.__name__, len.__module__)
print(callable(builtins.__build_class__), callable(builtins.__import__), builtins.open is open)
