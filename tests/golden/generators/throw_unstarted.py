# throw() into a just-started or finished generator, and an exception that is not caught.
def gen():
    print("body started")
    try:
        yield 1
    finally:
        print("finally ran")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("closed after early throw")

h = gen()
next(h)
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("uncaught:", repr(e))
try:
    h.throw(KeyError("again"))
except KeyError as e:
    print("finished generator re-raises:", repr(e))

def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

c = converts()
next(c)
try:
    c.throw(ValueError("orig"))
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned"

r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
