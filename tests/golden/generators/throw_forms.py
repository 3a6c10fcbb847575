# throw() with an instance, a type, a type plus value, and the 3-arg form with a traceback.
import sys

def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            yield "handled"

g = catcher()
next(g)
print(g.throw(ValueError("instance")))
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(KeyError, "as value"))
next(g)
print(g.throw(KeyError, ("a", "b")))
next(g)
print(g.throw(TypeError, None))
next(g)
try:
    raise IndexError("with tb")
except IndexError as e:
    tb = e.__traceback__
print(g.throw(IndexError, IndexError("x"), tb))
next(g)
print(g.throw(LookupError, None, None))

try:
    g.throw(ValueError("v"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(str)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, 1, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
print(next(g))

class Custom(Exception):
    def __init__(self, *args):
        print("Custom built with", args)
        super().__init__(*args)

print(g.throw(Custom, 7))
next(g)
print(g.throw(Custom, (1, 2)))
