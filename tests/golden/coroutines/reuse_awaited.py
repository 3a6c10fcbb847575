# Awaiting a finished coroutine again is a RuntimeError.
async def value():
    return 7

async def twice():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "ok"

try:
    twice().send(None)
except StopIteration as s:
    print(s.value)

c = value()
try:
    c.send(None)
except StopIteration:
    pass
for meth in ("send", "throw"):
    try:
        if meth == "send":
            c.send(None)
        else:
            c.throw(ValueError)
    except (RuntimeError, ValueError) as e:
        print(meth, type(e).__name__, e)

async def boom():
    raise KeyError("x")
c = boom()
try:
    c.send(None)
except KeyError as e:
    print("raised", e)
try:
    c.send(None)
except RuntimeError as e:
    print("again:", e)

async def stop_inside():
    raise StopIteration(3)
try:
    stop_inside().send(None)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
