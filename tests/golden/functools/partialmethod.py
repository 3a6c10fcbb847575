# functools.partialmethod: partial application for methods, on classmethods
# and staticmethods, with repr and the descriptor protocol.
from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="died")

    @classmethod
    def make(cls, *args):
        return (cls.__name__,) + args
    make_one = partialmethod(make, 1)

    @staticmethod
    def pair(a, b):
        return (a, b)
    pair_first = partialmethod(pair, "first")

c = Cell()
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_alive(note="again"), c.alive)
print(Cell.make_one(2), c.make_one(3))
print(c.pair_first("second"))
print(type(Cell.__dict__["set_alive"]).__name__)
r = repr(Cell.__dict__["set_dead"])
print(r[:r.index("<")] + r[r.index(">") + 1:])
print(Cell.set_alive.__name__ if hasattr(Cell.set_alive, "__name__") else type(Cell.set_alive).__name__)
print(type(c.set_alive).__name__)

nested = partialmethod(partial(lambda self, a, b: (a, b), b=2), 1)
class Holder:
    f = nested
print(Holder().f())
try:
    partialmethod(3)
except TypeError as e:
    print(type(e).__name__, e)
