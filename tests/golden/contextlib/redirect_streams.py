# redirect_stdout / redirect_stderr capture output and restore the old streams.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", end="!")
print("target is buf:", target is buf)
print(repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

shared = io.StringIO()
cm = redirect_stdout(shared)
with cm:
    print("first use")
    with cm:
        print("reentrant use")
    print("back to first")
print(repr(shared.getvalue()))
print("stdout restored:", sys.stdout is sys.__stdout__)

try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("inside redirect")
except ValueError:
    print("restored after error:", sys.stdout is sys.__stdout__)

with redirect_stdout(None):
    pass
print("None target ok")
