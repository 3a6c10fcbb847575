# traceback.TracebackException: captured attributes, equality, format and
# print, lookup_lines, compact mode, and the exception-or-triple arguments.
import sys
import traceback


def fail():
    raise KeyError("gone")


try:
    try:
        fail()
    except KeyError as inner:
        raise ValueError("wrapped") from inner
except ValueError as e:
    err = e

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__suppress_context__)
print(type(te.stack).__name__, [fs.name for fs in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), [fs.name for fs in te.__cause__.stack])
print(te.__context__ is not None, te.__cause__.__cause__, te.exceptions)
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
print(list(te.format_exception_only()))
te.print(file=sys.stdout)

compact = traceback.TracebackException(type(err), err, err.__traceback__, compact=True)
print(compact.__context__)
print(te == traceback.TracebackException.from_exception(err), te == 5)
print(te == compact)

no_lookup = traceback.TracebackException.from_exception(err, lookup_lines=False)
print([fs._line for fs in no_lookup.stack])

limited = traceback.TracebackException.from_exception(err, limit=1)
print(len(limited.stack), len(limited.__cause__.stack))

locals_te = traceback.TracebackException.from_exception(err, capture_locals=True)
print(locals_te.stack[0].locals is not None)

plain = traceback.TracebackException(ValueError, ValueError("no tb"), None)
print(list(plain.format()), plain.stack)

try:
    compile("1 +", "<src>", "exec")
except SyntaxError as s:
    ste = traceback.TracebackException.from_exception(s)
print(ste.filename, ste.lineno, ste.end_lineno, repr(ste.text), ste.offset, ste.end_offset, ste.msg)
print(list(ste.format_exception_only()))

for bad in [lambda: traceback.format_exception(ValueError, ValueError("x")),
            lambda: traceback.format_exception(ValueError, tb=None),
            lambda: traceback.format_exception(3),
            lambda: traceback.print_exception("str")]:
    try:
        bad()
    except (ValueError, TypeError) as problem:
        print(type(problem).__name__, problem)

print(traceback.format_exception(None))
print(traceback.format_exception(ValueError, ValueError("triple"), None))
print(traceback.format_exception(None, ValueError("value wins"), None))
print(repr(traceback._sentinel))
