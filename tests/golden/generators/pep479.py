# PEP 479: a StopIteration escaping a generator body becomes RuntimeError with __cause__.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
print(next(g, "done"))

def via_next():
    it = iter([])
    yield next(it)

try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

class MyStop(StopIteration):
    pass

def subclass():
    raise MyStop("sub")
    yield

try:
    next(subclass())
except RuntimeError as e:
    print("subclass converted:", repr(e.__cause__))

def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught inside"

print(list(caught_inside()))

try:
    list(next(iter([])) for _ in range(3))
except RuntimeError as e:
    print("genexpr:", e)

def other_errors_pass():
    raise KeyError("unchanged")
    yield

try:
    next(other_errors_pass())
except KeyError as e:
    print("KeyError stays", repr(e))

def thrown_in():
    yield 1

t = thrown_in()
next(t)
try:
    t.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration:", e, repr(e.__cause__))
