# Frames of generators outliving them: sys._getframe() inside, gi_frame after the generator
# is gone, traceback frames, and frame.clear() closing a suspended generator.
import sys, gc
def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def gen():
    a = 1
    yield sys._getframe()
    b = 2
    yield sys._getframe()
g = gen()
f1 = next(g)
show(lambda: (f1.f_lineno, sorted(f1.f_locals)))
f2 = next(g)
show(lambda: (f1 is f2, f2.f_lineno, sorted(f2.f_locals)))
show(lambda: list(g))
show(lambda: (f2.f_lineno, sorted(f2.f_locals), f2.f_code.co_name))
del g
gc.collect()
show(lambda: (f2.f_lineno, sorted(f2.f_locals), f2.f_code.co_name, f2.f_back))
g = gen()
fr = g.gi_frame
del g
gc.collect()
show(lambda: (fr.f_lineno, sorted(fr.f_locals), fr.f_back))
g = gen()
next(g)
fr = g.gi_frame
del g
show(lambda: (fr.f_lineno, sorted(fr.f_locals)))
def raiser():
    x = "local"
    yield
    raise ValueError
g = raiser()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
del g
gc.collect()
while tb.tb_next: tb = tb.tb_next
show(lambda: (tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals))
def clear_test():
    yield 1
g = clear_test()
next(g)
show(lambda: g.gi_frame.clear())
g = clear_test()
show(lambda: g.gi_frame.clear())
show(lambda: next(g))
def self_clear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        yield 1
    finally:
        print("finally via frame.clear")
s = self_clear()
next(s)
show(lambda: s.gi_frame.clear())
show(lambda: (s.gi_frame, next(s, "exhausted")))
