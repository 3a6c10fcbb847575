# gi_frame (f_lineno, f_locals, f_code), gi_running, gi_code, gi_yieldfrom, gi_suspended.
def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        yield total

g = counter(3)
f = g.gi_frame
print(type(f).__name__, f.f_code is g.gi_code, f.f_code.co_name)
print("before start line", f.f_lineno == counter.__code__.co_firstlineno)
print(sorted(f.f_locals.items()))
print(next(g), f.f_lineno - counter.__code__.co_firstlineno, sorted(f.f_locals.items()))
print(next(g), sorted(g.gi_frame.f_locals.items()))
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_code.co_varnames, g.gi_code is counter.__code__)
print(list(g))
print(g.gi_frame, g.gi_running, g.gi_suspended)

def observer():
    print("inside:", me.gi_running, me.gi_suspended, me.gi_frame is not None)
    yield

me = observer()
print("outside:", me.gi_running, me.gi_suspended)
next(me)
print("outside:", me.gi_running, me.gi_suspended)

def inner():
    yield 1

def outer():
    yield from inner()
    yield 2

o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_code.co_name)
next(o)
print(o.gi_yieldfrom)

for name in ("gi_frame", "gi_running", "gi_code", "gi_yieldfrom", "gi_suspended"):
    try:
        setattr(o, name, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
