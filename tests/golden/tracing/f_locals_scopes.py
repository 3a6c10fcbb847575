# f_locals in other scopes: a class body's namespace (writes are real), an
# exec with a custom mapping for locals, a comprehension's own frame (3.11
# comprehensions are functions), a suspended generator's frame (f_lineno
# and f_locals between resumptions) and closures' free variables.
import sys


class Body:
    a = 1
    frame_locals = sys._getframe().f_locals
    frame_locals["injected"] = 2
    same = frame_locals is locals()


print(Body.injected, Body.same, sorted(k for k in vars(Body) if not k.startswith("__")))


class Mapping(dict):
    def __getitem__(self, key):
        return super().__getitem__(key)


ns = Mapping()
exec("x = 1\nimport sys\nseen = type(sys._getframe().f_locals).__name__\n", {}, ns)
print(sorted(ns), ns["seen"])

print([sorted(sys._getframe().f_locals) for _ in range(1)])
print([sys._getframe().f_code.co_name for _ in range(1)])


def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


g = gen(5)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
g.close()
print(g.gi_frame)


def outer():
    free = "captured"
    unused_cell = 0

    def inner():
        local = 1
        return sorted(sys._getframe().f_locals.items())
    return inner(), sorted(sys._getframe().f_locals)


print(outer())
