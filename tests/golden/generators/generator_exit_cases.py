# GeneratorExit thrown or caught in odd ways: caught and yielding, subclasses, StopIteration,
# return values, errors in finally, KeyboardInterrupt, and several yields in finally.
import sys
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__context__))
def catches():
    while True:
        try:
            yield "y"
        except GeneratorExit:
            print("caught exit")
g = catches(); next(g)
show(lambda: g.throw(GeneratorExit))
show(lambda: g.throw(GeneratorExit()))
class MyExit(GeneratorExit): pass
def raises_sub():
    try:
        yield
    except GeneratorExit:
        raise MyExit("sub")
h = raises_sub(); next(h)
show(lambda: h.close())
def raises_stop():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("s")
k = raises_stop(); next(k)
show(lambda: k.close())
def returns_value():
    try:
        yield
    except GeneratorExit:
        return 42
r = returns_value(); next(r)
show(lambda: r.close())
def raises_in_finally_after_exit():
    try:
        yield
    finally:
        1 / 0
z = raises_in_finally_after_exit(); next(z)
show(lambda: z.close())
show(lambda: z.close())
def keyboard():
    try:
        yield
    except GeneratorExit:
        raise KeyboardInterrupt
kb = keyboard(); next(kb)
show(lambda: kb.close())
def yields_twice_in_finally():
    try:
        yield 1
    finally:
        yield 2
        yield 3
y = yields_twice_in_finally(); next(y)
show(lambda: y.close())
show(lambda: next(y))
show(lambda: y.close())
show(lambda: y.gi_frame is None)
sys.unraisablehook = lambda u: print("unraisable at exit:", type(u.exc_value).__name__, u.exc_value)
