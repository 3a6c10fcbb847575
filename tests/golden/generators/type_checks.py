# Generator type, its methods and attributes, and inspect predicates.
import types
import inspect

def gen():
    yield 1

def func():
    return 1

g = gen()
print(type(g) is types.GeneratorType, types.GeneratorType.__name__, types.GeneratorType.__module__)
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(func))
print(iter(g) is g, g.__iter__() is g, g.__next__())
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__del__"))
print(hasattr(g, "__len__"), hasattr(g, "__getitem__"))
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    types.GeneratorType()
except TypeError as e:
    print("TypeError:", e)
try:
    g.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(g) if n.startswith("gi_")))
