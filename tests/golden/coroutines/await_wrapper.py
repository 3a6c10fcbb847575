# coroutine.__await__() returns a wrapper that drives the coroutine like an iterator.
class Pause:
    def __await__(self):
        v = yield "p"
        return v

async def coro():
    a = await Pause()
    b = await Pause()
    return a + b

c = coro()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(10))
try:
    w.send(5)
except StopIteration as s:
    print("result", s.value)

def legacy():
    r = yield from coro().__await__()
    return r
g = legacy()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as s:
    print(s.value)

c = coro()
w = c.__await__()
next(w)
try:
    w.throw(KeyError("t"))
except KeyError as e:
    print("thrown", e)
c2 = coro()
w2 = c2.__await__()
next(w2)
w2.close()
print(c2.cr_frame)
c3 = coro()
c3.close()
