# try/except/else/finally, chaining, bare raise, exception groups, with.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("value error", e)
        return "from except"
    except (ZeroDivisionError, TypeError) as e:
        print("arith", type(e).__name__)
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
print(f(0), f(5), f("a"))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__))

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with CM("a") as a, CM("b"):
    print("body", a.name)
with CM("s", True):
    raise KeyError("swallowed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("got", e)

def gen_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
gen_finally()

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as e:
    print("rest", repr(e))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print(repr(eg))

class MyError(Exception):
    pass
try:
    raise MyError
except MyError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    try:
        1/0
    except 3:
        pass
except TypeError as e:
    print(e)
def outer():
    try:
        inner()
    except NameError as e:
        print("name", e)
def inner():
    undefined_name
outer()
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print(err)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError:
        print("k", i)
        continue
    print("i", i)
