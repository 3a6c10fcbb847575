# cr_frame, cr_running, cr_code, cr_await, cr_suspended and names.
import types

class Suspend:
    def __await__(self):
        yield "s"

async def probe():
    print("running:", me.cr_running, "suspended:", me.cr_suspended)
    await Suspend()
    return 1

me = probe()
print(type(me).__name__, type(me) is types.CoroutineType)
print(me.__name__, me.__qualname__, me.cr_code is probe.__code__)
print("before:", me.cr_running, me.cr_suspended, me.cr_await, me.cr_frame is not None)
print("frame code:", me.cr_frame.f_code.co_name)
me.send(None)
print("suspended:", me.cr_running, me.cr_suspended, type(me.cr_await).__name__)
try:
    me.send(None)
except StopIteration:
    pass
print("after:", me.cr_running, me.cr_suspended, me.cr_await, me.cr_frame)

class Holder:
    async def method(self):
        pass
c = Holder().method()
print(c.__qualname__, c.__name__)
c.__name__ = "renamed"
print(c.__name__)
try:
    c.__name__ = 5
except TypeError as e:
    print(e)
c.close()

async def awaiting_other():
    await probe2()

async def probe2():
    await Suspend()

c = awaiting_other()
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__)
print(c.cr_await.cr_await is not None)
c.close()
print(probe.__code__.co_flags & 0x80 != 0)
