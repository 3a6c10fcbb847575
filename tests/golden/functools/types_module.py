import types
def f():
    pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), isinstance(f.__code__, types.CodeType))
print(types.ModuleType.__name__, isinstance(types, types.ModuleType), types.NoneType, types.EllipsisType)
def g():
    yield
print(isinstance(g(), types.GeneratorType), types.BuiltinFunctionType is type(len), types.MethodType.__name__)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]))
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, C.__mro__)
meta, ns2, kw = types.prepare_class("D", (), {"metaclass": type})
print(meta, ns2, kw)
class Mixin:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Mixin(), int)))
@types.coroutine
def legacy():
    yield 5
print(legacy.__code__.co_flags & 0x100 != 0)
m = types.MethodType(lambda self: self, "bound")
print(m())
