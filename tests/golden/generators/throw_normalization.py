# How throw() normalises its arguments: value instances of other classes, tuples and lists,
# classes whose construction fails (thrown in), non-exceptions and keyword arguments.
import sys
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__traceback__ is not None))
def catcher():
    while True:
        try:
            yield
        except BaseException as e:
            print("caught", type(e).__name__, e.args)
g = catcher(); next(g)
show(lambda: g.throw(ValueError, KeyError("k")))
show(lambda: g.throw(LookupError, KeyError("k")))
show(lambda: g.throw(KeyError, LookupError("l")))
show(lambda: g.throw(ValueError, [1, 2]))
show(lambda: g.throw(ValueError, ()))
show(lambda: g.throw(ValueError, (None,)))
class Weird(Exception):
    def __new__(cls, *a):
        return 5
show(lambda: g.throw(Weird))
class Fails(Exception):
    def __init__(self, *a):
        raise TypeError("init failed")
show(lambda: g.throw(Fails))
show(lambda: g.throw(BaseException))
show(lambda: g.throw(SystemExit(3)))
show(lambda: g.throw(Exception, None, None))
show(lambda: g.throw(type))
show(lambda: g.throw(object()))
show(lambda: g.throw(None))
show(lambda: g.throw(ValueError("x"), None, 5))
show(lambda: g.throw(x=1))
show(lambda: g.throw(1, 2, 3, 4))
e = ValueError("reused")
show(lambda: g.throw(e))
show(lambda: g.throw(e))
sys.unraisablehook = lambda u: print("unraisable at exit:", type(u.exc_value).__name__)
