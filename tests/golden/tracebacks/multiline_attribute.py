# Tracebacks through attribute loads and method calls spread over lines point at the line of the attribute, as CPython 3.11 does.
import sys
import traceback
class A:
    @property
    def bad(self): raise ValueError("x")
    def m(self, *a): raise ValueError("y")
a = A()
for f in [lambda: (a
    .bad), lambda: (a.
    m(1,
      2)), lambda: a.m(
    3), lambda: (a
      .m)(4)]:
    try: f()
    except ValueError: traceback.print_exc(limit=-2, file=sys.stdout)
