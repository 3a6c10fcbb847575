# Small contextlib managers poked directly: redirect targets, suppress.__exit__, closing, nullcontext, subclass hooks.
import io, sys
from contextlib import redirect_stdout, redirect_stderr, suppress, nullcontext, closing, ExitStack
f = io.StringIO()
with redirect_stdout(f), redirect_stderr(f):
    print("out")
    print("err", file=sys.stderr)
    help_text = "x"
print(f.getvalue().splitlines())
r = redirect_stdout(io.StringIO())
print(hasattr(r, "_old_targets"), type(r).__mro__[1].__name__)
with suppress(KeyError) as s:
    pass
print(s)
try:
    suppress(KeyError).__exit__(ValueError, ValueError(), None)
    print(suppress(KeyError).__exit__(KeyError, KeyError(), None))
    print(suppress(KeyError).__exit__(None, None, None))
except Exception as e:
    print(e)
try:
    with suppress(5):
        raise KeyError
except TypeError as e:
    print("TypeError", e)
with suppress(5):
    pass
print("no exception: types not checked")
class C:
    closed = False
    def close(self): self.closed = True
c = C()
with closing(c) as got:
    print(got is c)
print(c.closed, closing(c).thing is c)
print(nullcontext(3).enter_result)
import contextlib
print(contextlib.AbstractContextManager.__subclasshook__(C))
print(issubclass(type(io.StringIO()), contextlib.AbstractContextManager))
print(contextlib.ContextDecorator.__call__.__qualname__)
