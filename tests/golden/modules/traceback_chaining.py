# Chained exceptions in traceback.format_exception: explicit causes,
# implicit contexts, suppressed contexts, chain=False and cycles.
import sys
import traceback


def show(e, **kw):
    print("".join(traceback.format_exception(e, **kw)), end="")
    print("=====")


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("not a number: " + text) from e


try:
    parse("abc")
except TypeError as e:
    show(e)
    show(e, chain=False)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    show(e)

try:
    try:
        raise OSError("first")
    except OSError:
        raise ValueError("second") from None
except ValueError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
    show(e)

# three levels of context
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise AttributeError("c")
except AttributeError as e:
    show(e)

# a cycle: the context of the cause is the exception itself
a = ValueError("a")
b = TypeError("b")
a.__cause__ = b
b.__context__ = a
show(a)

# cause set to an exception never raised (no traceback)
e = RuntimeError("outer")
e.__cause__ = LookupError("inner")
show(e)

# a context that is explicitly suppressed but also has a cause
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        err = RuntimeError("effect")
        err.__cause__ = KeyError("why")
        raise err
except RuntimeError as e:
    show(e)
    traceback.print_exception(e, file=sys.stdout, chain=False)
