# __context__, __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

e = ValueError("v")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = None
print(e.__context__)
for bad in [1, "s"]:
    for attr in ["__cause__", "__context__"]:
        try:
            setattr(e, attr, bad)
        except TypeError as exc:
            print(attr, exc)
