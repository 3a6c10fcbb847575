# The exception being handled is saved across yields and isolated from the caller.
import sys

def in_except():
    try:
        raise ValueError("inside")
    except ValueError:
        print("gen sees", sys.exc_info()[0].__name__)
        yield 1
        print("gen sees after resume", sys.exc_info()[0].__name__)
        yield 2
    print("gen after except", sys.exc_info()[0])

g = in_except()
next(g)
print("caller sees", sys.exc_info()[0])
try:
    raise KeyError("caller")
except KeyError:
    next(g)
    print("caller still sees", sys.exc_info()[0].__name__)
print(next(g, "end"))

def reads_caller():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]

r = reads_caller()
try:
    raise IndexError
except IndexError:
    print("gen sees caller's:", next(r).__name__)
print("later:", next(r))

def raises_with_context():
    try:
        yield
    except ZeroDivisionError:
        raise KeyError("ctx")

c = raises_with_context()
next(c)
try:
    c.throw(ZeroDivisionError("zd"))
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

def raise_bare():
    try:
        raise TypeError("remember")
    except TypeError:
        yield
        raise

b = raise_bare()
next(b)
try:
    next(b)
except TypeError as e:
    print("re-raised", repr(e))
