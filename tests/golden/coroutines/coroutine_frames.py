# Frames of coroutines and async generators: f_lineno, f_back and f_locals across suspensions.
import types, sys
@types.coroutine
def pause():
    yield
async def coro(a):
    b = a * 2
    print("running f_back:", sys._getframe().f_back.f_code.co_name)
    await pause()
    c = b + 1
    await pause()
    return c
def driver():
    co = coro(5)
    f = co.cr_frame
    print("created:", f.f_lineno, f.f_back, sorted(f.f_locals))
    co.send(None)
    print("suspended:", f.f_lineno, f.f_back, f.f_locals)
    co.send(None)
    print("later:", f.f_lineno, f.f_locals)
    try:
        co.send(None)
    except StopIteration as s:
        print("done", s.value, co.cr_frame)
    print(f.f_code.co_name, f.f_lasti >= 0)
driver()
async def agen():
    x = 1
    yield x
    x = 2
    yield x
g = agen()
print(g.ag_frame.f_lineno)
try:
    g.asend(None).send(None)
except StopIteration as s:
    print("agen yielded", s.value)
print(g.ag_frame.f_lineno, g.ag_frame.f_locals)
