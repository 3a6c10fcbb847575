# Context.run isolates changes, nests, and refuses re-entering a context.
import _contextvars as cv
from _check import show

v = cv.ContextVar("v", default="default")


def change(value):
    v.set(value)
    return v.get()


ctx = cv.copy_context()
print(ctx.run(change, "in ctx"), v.get(), ctx[v], len(ctx))
print(ctx.run(v.get), v.get())
show(ctx.run)
show(ctx.run, 1)
show(ctx.run, lambda: ctx.run(lambda: 1))
show(ctx.run, lambda: 1 / 0)
print(ctx.run(lambda: 2))
print(ctx.run(lambda *a, **k: (a, k), 1, 2, x=3))
other = cv.Context()
print(other.run(lambda: ctx.run(v.get)), other.run(v.get))


def nested():
    v.set("outer")
    inner = cv.copy_context()
    inner.run(change, "inner")
    return v.get(), inner[v]


print(cv.Context().run(nested), v.get())
calls = []
c = cv.copy_context()
def recurse(n):
    calls.append(v.get())
    if n:
        v.set(n)
        cv.copy_context().run(recurse, n - 1)
c.run(recurse, 3)
print(calls, v.get())
show(cv.Context, 1)
show(cv.Context, a=1)
