# Awaiting inside finally during close(), argument errors of send/throw, StopIteration and recursion in coroutines.
import types
@types.coroutine
def pause(v=None):
    return (yield v)
async def finally_awaits():
    try:
        await pause("first")
    finally:
        print("finally start")
        await pause("in finally")
        print("finally end")
c = finally_awaits()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print("close:", e)
c = finally_awaits()
print(c.send(None))
print(c.throw(ValueError("v")))
try:
    c.send(None)
except ValueError as e:
    print("ValueError after finally", e)
import sys
def hook(info):
    tb = info.exc_traceback
    print("unraisable:", info.exc_type.__name__, info.exc_value, "| object:", info.object.__name__,
          "| line:", tb.tb_lineno if tb else None)
sys.unraisablehook = hook
def dropped():
    c = finally_awaits()
    c.send(None)
dropped()
sys.unraisablehook = sys.__unraisablehook__
print("after dropped")
async def f(): pass
c = f()
for args in [(), (1, 2)]:
    try:
        c.send(*args)
    except TypeError as e:
        print(e)
try:
    c.throw()
except TypeError as e:
    print(e)
c.close()
try:
    c.throw(ValueError, ValueError("a"), 5)
except TypeError as e:
    print(e)
async def outer():
    async def inner():
        pass
    return inner
c = outer()
try: c.send(None)
except StopIteration as s:
    ic = s.value()
    print(ic.__qualname__, ic.__name__)
    ic.close()
@types.coroutine
def bad():
    raise StopIteration("x")
    yield
async def uses_bad():
    await bad()
try:
    uses_bad().send(None)
except RuntimeError as e:
    print(e)
async def rec(n):
    return await rec(n + 1)
try:
    rec(0).send(None)
except RecursionError as e:
    print("RecursionError", e)
g = pause()
async def aw():
    await g
c = aw(); c.send(None)
print(c.cr_await is g, g.gi_yieldfrom, type(g.gi_code).__name__)
c.close()
print(g.gi_frame)
