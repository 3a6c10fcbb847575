# close() on a delegating generator closes the subiterator first.
def inner(name):
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print(f"{name} finally")

def middle():
    try:
        yield from inner("deep")
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed", g.gi_frame, g.gi_yieldfrom)

class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closable.close called")

def over_closable():
    try:
        yield from Closable()
    finally:
        print("over_closable finally")

c = over_closable()
next(c)
c.close()

class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "b"
    def close(self):
        raise KeyError("close failed")

def over_bad():
    yield from BadClose()

b = over_bad()
next(b)
try:
    b.close()
except KeyError as e:
    print("close error:", repr(e))

class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "n"

def over_noclose():
    try:
        yield from NoClose()
    except GeneratorExit:
        print("GeneratorExit reached outer")
        raise

n = over_noclose()
next(n)
n.close()

def inner_returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"

def outer2():
    r = yield from inner_returns_on_exit()
    print("never printed", r)

o = outer2()
next(o)
print(o.close())
