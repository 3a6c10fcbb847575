# Edge cases of delegation: PEP 479 in a subgenerator, self-delegation, finished subgenerators,
# gi_running while delegating, throw/close reaching finished or returning subgenerators.
import sys
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__context__), repr(e.__cause__))
def sub():
    yield 1
    raise StopIteration("x")
def outer():
    yield from sub()
o = outer()
show(lambda: next(o))
show(lambda: next(o))
# yield from running generator
def selfref():
    yield from me
me = selfref()
show(lambda: next(me))
# yield from a generator that's already finished
def fin():
    yield 1
f = fin(); list(f)
def over_fin():
    r = yield from f
    yield r
show(lambda: list(over_fin()))
# gi_running during delegation
def inner():
    print("outer running", ot.gi_running, "inner running", it.gi_running)
    yield 1
def outer2():
    yield from it
it = inner()
ot = outer2()
show(lambda: next(ot))
print(ot.gi_yieldfrom is it, it.gi_suspended)
# throw into delegating gen when subgen already closed
def o3():
    try:
        yield from it3
    except ValueError as e:
        yield "caught " + str(e)
def i3():
    yield 1
it3 = i3()
g3 = o3()
next(g3)
show(lambda: g3.throw(ValueError("v")))
print(it3.gi_frame)
# close with subgen raising StopIteration value
def i4():
    try:
        yield 1
    except GeneratorExit:
        return 5
def o4():
    x = yield from i4()
    print("got", x)
    yield x
g4 = o4(); next(g4)
show(lambda: g4.throw(GeneratorExit))
# exceptions from throw with bad values into delegating
def o5():
    yield from i4()
g5 = o5(); next(g5)
show(lambda: g5.throw(5))
show(lambda: next(g5))
# send non-None to just-started via yield from
def o6():
    yield from (x for x in range(3))
g6 = o6(); next(g6)
show(lambda: g6.send(1))
# exc_info inside generator throw
def o7():
    try:
        yield
    except Exception:
        yield sys.exc_info()[0].__name__
g7 = o7(); next(g7)
show(lambda: g7.throw(TypeError))
print(sys.exc_info())
# yield inside finally during return
def o8():
    try:
        return 1
    finally:
        yield 2
show(lambda: list(o8()))
g8 = o8()
show(lambda: next(g8))
show(lambda: next(g8))
# generator returning in except
def o9():
    try:
        yield 1
        1/0
    except ZeroDivisionError:
        return "zd"
g9 = o9(); next(g9)
show(lambda: next(g9))
# recursion limit in generators
def deep(n):
    yield from deep(n + 1)
show(lambda: next(deep(0)))
