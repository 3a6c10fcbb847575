# The mixin throw() and close() of collections.abc.Generator and Coroutine.
from collections.abc import Generator, Coroutine
class G(Generator):
    def send(self, v):
        raise StopIteration
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = G()
for args in [(ValueError,), (ValueError, ValueError("x")), (ValueError, None, None)]:
    try:
        g.throw(*args)
    except ValueError as e:
        print("raised", repr(e))
g.close(); print("closed")
class Stubborn(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 2
try:
    Stubborn().close()
except RuntimeError as e:
    print(e)
class C(Coroutine):
    def send(self, v): return 1
    def throw(self, *a): return 2
    def __await__(self): return iter([])
try:
    C().close()
except RuntimeError as e:
    print(e)
print(next(G(), "default") if False else "ok")
