# @contextmanager: exceptions thrown into the generator at its yield.
from contextlib import contextmanager

@contextmanager
def observe(name):
    print("setup", name)
    try:
        yield name
    except ValueError as e:
        print(name, "saw ValueError", e)
        raise
    except KeyError as e:
        print(name, "suppresses KeyError", e)
    finally:
        print("teardown", name)

with observe("clean") as n:
    print("body", n)

try:
    with observe("reraise"):
        raise ValueError("bad value")
except ValueError as e:
    print("outside got", repr(e))

with observe("suppress"):
    raise KeyError("k")
print("continued after suppression")

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("transformed") from e

try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(repr(e), "cause:", type(e.__cause__).__name__)

@contextmanager
def identity_check():
    try:
        yield
    except Exception as e:
        print("identity kept:", e is thrown)
        raise

thrown = RuntimeError("same object")
try:
    with identity_check():
        raise thrown
except RuntimeError as e:
    print("outer identity:", e is thrown, e.__traceback__ is not None)

@contextmanager
def reraise_other():
    try:
        yield
    except Exception:
        raise OSError("other")

try:
    with reraise_other():
        raise ValueError("first")
except OSError as e:
    print(repr(e), "context:", repr(e.__context__))
