# Frame attributes: f_back up to the module frame (and None above it),
# f_code names and qualnames, f_globals/f_builtins identity, f_lineno of
# callers, f_lasti's type, a generator's gi_frame.f_back while running.
import builtins
import sys


def chain():
    frame = sys._getframe()
    out = []
    while frame is not None:
        out.append((frame.f_code.co_name, frame.f_code.co_qualname, frame.f_lineno))
        frame = frame.f_back
    return out


class Holder:
    def method(self):
        return [f(self) for f in (lambda s: chain(),)][0]


def level1():
    return Holder().method()


for entry in level1():
    print(entry)

f = sys._getframe()
print("module f_back:", f.f_back)
print("globals:", f.f_globals is globals(), "builtins:", f.f_builtins is builtins.__dict__)
print("f_lasti int:", type(f.f_lasti).__name__, f.f_lasti >= 0)
print("locals is globals at module level:", f.f_locals is globals())
print("depth 1 name:", sys._getframe(0).f_code.co_name)


def caller_name():
    return sys._getframe(1).f_code.co_name


def who():
    return caller_name()


print(who())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def drive():
    g = gen()
    first = next(g)
    return first, [x for x in g]


print(drive())
g = gen()
print("unstarted f_back:", g.gi_frame.f_back, g.gi_frame.f_lineno)
print(repr(g.gi_frame.f_code.co_name))
