# Generators caught in reference cycles are finalised by the cycle collector.
import gc

class Holder:
    pass

def gen(tag, holder):
    try:
        yield holder
    finally:
        print("finally", tag)

def make_cycle(tag):
    h = Holder()
    h.g = gen(tag, h)
    next(h.g)

gc.disable()
make_cycle("one")
make_cycle("two")
print("cycles built")
collected = gc.collect()
print("collected something:", collected > 0)

def self_ref():
    me = yield
    try:
        yield "holding"
    finally:
        print("self_ref finally")

s = self_ref()
next(s)
s.send(s)
del s
print("before collect")
gc.collect()
print("after collect")

class WithDel:
    def __del__(self):
        print("WithDel.__del__")

def holds_obj():
    obj = WithDel()
    try:
        yield obj
    finally:
        print("holds_obj finally")

h = holds_obj()
next(h)
h.gi_frame.f_locals
del h
print("end")
gc.enable()
