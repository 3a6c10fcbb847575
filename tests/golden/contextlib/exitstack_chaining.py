# ExitStack: when several exit callbacks raise, contexts chain like nested withs.
from contextlib import ExitStack

def raiser(exc):
    def _raise():
        raise exc
    return _raise

def chain_of(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " <- ".join(out)

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first registered")))
        stack.callback(raiser(KeyError("second registered")))
        raise ValueError("body")
except Exception as e:
    print(chain_of(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("a")))
        stack.callback(raiser(KeyError("b")))
except Exception as e:
    print(chain_of(e))

def swallow(*exc):
    print("swallow sees", repr(exc[1]))
    return True
try:
    with ExitStack() as stack:
        stack.callback(raiser(TypeError("after swallow")))
        stack.push(swallow)
        stack.callback(raiser(KeyError("swallowed")))
        raise ValueError("body")
except Exception as e:
    print(chain_of(e))

with ExitStack() as stack:
    stack.push(swallow)
    stack.callback(raiser(KeyError("only")))
print("all swallowed")

outer_exc = None
try:
    with ExitStack() as stack:
        stack.callback(raiser(ZeroDivisionError("exit error")))
        try:
            raise OSError("handled inside")
        except OSError:
            pass
except ZeroDivisionError as e:
    print(chain_of(e))

exc = RuntimeError("same")
try:
    with ExitStack() as stack:
        stack.callback(raiser(exc))
        raise exc
except RuntimeError as e:
    print("same object", e is exc, repr(e.__context__))
