# Exceptions with fields of their own: StopIteration, SystemExit, ImportError,
# AttributeError, NameError.
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
e = ImportError("cannot import", name="mod", path="/p")
print(e.msg, e.name, e.path, str(e), repr(e))
print(ImportError().msg, ImportError(1, 2).msg, str(ImportError(1, 2)))
m = ModuleNotFoundError("No module named 'x'", name="x")
print(m.name, m.msg, isinstance(m, ImportError))
try:
    ImportError(foo=1)
except TypeError as exc:
    print(exc)
a = AttributeError("no attr", name="n", obj=5)
print(a.name, a.obj, a.args)
print(AttributeError("x").name, NameError("y").name, NameError("y", name="y").name)
try:
    ValueError(x=1)
except TypeError as exc:
    print(exc)
try:
    {}["missing"]
except KeyError as exc:
    print(repr(exc), exc.args)
try:
    undefined_name
except NameError as exc:
    print(exc, exc.name)
try:
    (1).nope
except AttributeError as exc:
    print(exc, exc.name, exc.obj)
