# Generator frames (f_back, f_lasti), operations on closed generators and generator
# expressions, and the names and reprs of built-in iterator types.
import sys, itertools, operator
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# generator frame details
def g():
    x = 1
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_code.co_name
gg = g()
show(lambda: next(gg))
show(lambda: next(gg))
def caller():
    return next(gg2)
gg2 = g()
show(caller)
# gi_frame.f_back
def h():
    yield
hh = h()
print(hh.gi_frame.f_back)
next(hh)
print(hh.gi_frame.f_back, hh.gi_frame.f_lasti >= 0)
# throw traceback arg errors
def k():
    yield 1
kk = k(); next(kk)
show(lambda: kk.throw(ValueError, ValueError(1), 5))
show(lambda: kk.throw(ValueError(1), None, None))
show(lambda: kk.throw(ValueError(1), 2))
# close then next
show(lambda: kk.close())
show(lambda: next(kk))
show(lambda: kk.send(1))
show(lambda: kk.throw(KeyError))
# StopIteration in generator close
def m():
    try:
        yield
    except GeneratorExit:
        raise StopIteration
mm = m(); next(mm)
show(lambda: mm.close())
# genexpr send
ge = (x for x in range(3))
show(lambda: ge.send(1))
show(lambda: next(ge))
show(lambda: ge.send(5))
show(lambda: ge.throw(KeyError("k")))
show(lambda: list(ge))
# reprs
print(type(ge).__module__, type(ge).__qualname__)
print(repr(type(iter(range(3)))), repr(type(iter(""))))
print(repr(itertools.count(-1)), repr(itertools.count(0, 0)), repr(itertools.count(1.0, 1)), repr(itertools.count(1, 1.0)))
print(repr(itertools.repeat(itertools.count())))
c = itertools.count(5, 2)
print(repr(c))
# iter sentinel repr
print(type(iter(int, 0)).__name__)
# map repr names
print(type(map(abs, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
show(lambda: map(abs, [1]).__length_hint__())
show(lambda: reversed([1,2]).__length_hint__())
show(lambda: iter(range(2**70)).__length_hint__())
show(lambda: operator.length_hint(iter(range(2**70))))
