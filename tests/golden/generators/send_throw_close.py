def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally in echo")

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
g.close()
g.close()
print("closed twice fine")

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError))
try:
    c.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("exhausted after exception")

def unstarted():
    yield 1
u = unstarted()
try:
    u.send(5)
except TypeError as e:
    print(e)
