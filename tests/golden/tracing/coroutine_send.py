# settrace events for coroutines driven by hand with send() and throw(): a
# call event at each resumption, return events at each suspension inside
# an awaited custom awaitable, the exception from throw, await chains
# through two coroutines, and close().
import types

from _events import trace


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def leaf():
    value = await Suspend()
    return value * 2


async def chain():
    first = await leaf()
    try:
        second = await leaf()
    except KeyError:
        second = -1
    return first, second


def drive():
    c = chain()
    out = [c.send(None), c.send(5), c.throw(KeyError("k"))]
    return out


def closing():
    c = chain()
    c.send(None)
    c.close()
    return "closed"


@types.coroutine
def legacy():
    x = yield "legacy"
    return x


async def uses_legacy():
    return await legacy()


def drive_legacy():
    c = uses_legacy()
    c.send(None)
    try:
        c.send("done")
    except StopIteration as e:
        return e.value


trace(drive)
trace(closing)
trace(drive_legacy)
