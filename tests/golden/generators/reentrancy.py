# A running generator cannot be resumed: next/send/throw/close raise ValueError.
def via_next():
    yield next(g1)

g1 = via_next()
try:
    next(g1)
except ValueError as e:
    print("next:", e)
print(next(g1, "finished after error"))

def via_send():
    yield g2.send(None)

g2 = via_send()
try:
    next(g2)
except ValueError as e:
    print("send:", e)

def via_throw():
    yield g3.throw(KeyError)

g3 = via_throw()
try:
    next(g3)
except ValueError as e:
    print("throw:", e)

def via_close():
    g4.close()
    yield "unreached"

g4 = via_close()
try:
    next(g4)
except ValueError as e:
    print("close:", e)

def outer():
    yield from inner()

def inner():
    yield next(o)

o = outer()
try:
    next(o)
except ValueError as e:
    print("through yield from:", e)

def recovers():
    try:
        next(g5)
    except ValueError as e:
        print("caught inside:", e)
    yield "still works"

g5 = recovers()
print(next(g5))
print(g5.gi_running)
