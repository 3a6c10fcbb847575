# frame.clear(): a finished frame drops its locals; clearing a suspended
# generator's frame closes the generator (its finally runs); clearing the
# running frame, or a frame still executing below it, raises RuntimeError.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def finished():
    obj = Noisy("local of finished")
    return sys._getframe()


frame = finished()
print("locals before:", sorted(frame.f_locals))
frame.clear()
print("locals after:", frame.f_locals)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


g = gen()
print(next(g))
g.gi_frame.clear()
print("gi_frame after clear:", g.gi_frame)
print(list(g))

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def outer():
    return inner(sys._getframe())


def inner(caller):
    try:
        caller.clear()
    except RuntimeError as e:
        print("caller:", e)
    return "ok"


print(outer())


def running_gen():
    me = yield
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        print("own gen:", e)
    yield "after"


rg = running_gen()
next(rg)
print(rg.send(rg))
