# BaseException's args, str() and repr() for zero, one and several arguments.
for e in [ValueError(), ValueError("x"), ValueError("a", 1), ValueError(42), TypeError(None),
          Exception([1, 2]), RuntimeError(("t",)), ValueError("")]:
    print(repr(e), "|", str(e), "|", e.args)

e = ValueError("first")
e.args = ("changed", 2)
print(repr(e), str(e))
e.args = [3]
print(repr(e), e.args)


class MyError(ValueError):
    pass


print(repr(MyError("m")), str(MyError("m", "n")))
print(MyError.__name__, MyError.__mro__)
print(KeyError("k"), repr(KeyError("k")), KeyError(), KeyError("a", "b"))
print(str(KeyError(1)), str(KeyError((1, 2))), str(KeyError(None)))
