# get() sees every change of the current context: the value it caches never
# goes stale across set, reset, run and copies.
import _contextvars as cv

v = cv.ContextVar("v", default="unset")
v.set("main")
values = []
for i in range(5):
    t = v.set(i)
    values.append(v.get())
    values.append(cv.copy_context().run(v.get))
    values.append(cv.Context().run(v.get))
    v.reset(t)
    values.append(v.get())
print(values)
ctx = cv.copy_context()
print(ctx.run(lambda: (v.set("x"), v.get())[1]), v.get(), ctx[v])
w = cv.ContextVar("w")
results = []
for ctx in [cv.Context() for _ in range(3)]:
    for i in range(3):
        results.append(ctx.run(lambda: (w.get(None), w.set(i), w.get())[::2]))
print(results)
print(w.get("none"))
