# ExceptionGroup / BaseExceptionGroup construction rules, str, fields.
g = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(type(g).__name__, str(g), repr(g), g.message, g.exceptions, g.args)
print(str(ExceptionGroup("one", [ValueError()])))
b = BaseExceptionGroup("base", [ValueError(1), KeyError(2)])
print(type(b).__name__, isinstance(b, Exception))
b2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception))
for args in [(), ("m",), ("m", []), ("m", 5), (5, [ValueError()]), ("m", [1]), ("m", [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as exc:
    print(exc)


class MyGroup(ExceptionGroup):
    pass


print(type(MyGroup("x", [ValueError()])).__name__)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(repr(nested), len(nested.exceptions))
