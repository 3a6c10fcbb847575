# Exception groups in traceback output: nested boxes, max_group_width,
# max_group_depth, notes and groups inside chains.
import sys
import traceback


def fail(exc):
    raise exc


def make_group():
    errors = []
    for exc in (ValueError("v"), TypeError("t")):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup("two errors", errors)


try:
    raise make_group()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)

inner = ExceptionGroup("inner", [KeyError("k"), OSError("o")])
outer = ExceptionGroup("outer", [inner, IndexError("i")])
print("".join(traceback.format_exception(outer)), end="")

wide = ExceptionGroup("wide", [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(wide, max_group_width=3)
print("".join(te.format()), end="")

deep = ValueError("bottom")
for level in range(4):
    deep = ExceptionGroup(f"level {level}", [deep])
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print("".join(te.format()), end="")

noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second\nnote on two lines")
print("".join(traceback.format_exception(ExceptionGroup("g", [noted]))), end="")

try:
    try:
        raise ExceptionGroup("caught", [ValueError("x")])
    except ExceptionGroup:
        raise RuntimeError("after group")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
print(type(base).__name__, traceback.format_exception_only(base))
te = traceback.TracebackException.from_exception(outer)
print(len(te.exceptions), len(te.exceptions[0].exceptions), te.exceptions[1].exceptions)
