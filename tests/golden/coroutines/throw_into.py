# coroutine.throw() delivers an exception at the suspended await.
class Suspend:
    def __await__(self):
        return (yield "suspended")

async def catcher():
    try:
        await Suspend()
    except ValueError as e:
        print("caught inside:", repr(e))
        v = await Suspend()
        return ("second", v)
    return "not reached"

c = catcher()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("x")
except StopIteration as s:
    print("returned", s.value)

async def passthrough():
    await Suspend()

c = passthrough()
c.send(None)
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print("after propagate:", c.cr_frame)

c = passthrough()
c.send(None)
try:
    c.throw(TypeError, TypeError("instance"), None)
except TypeError as e:
    print("three-arg", e)

c = passthrough()
try:
    c.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

c = passthrough()
c.send(None)
try:
    c.throw(1)
except TypeError as e:
    print(e)
c.close()
