# settrace events for coroutines and async generators driven by hand
# (send(None) until StopIteration), awaiting other coroutines and a custom
# awaitable.
from _events import trace


class Ready:
    def __await__(self):
        value = yield "suspend"
        return value


async def leaf(x):
    return x * 2


async def middle():
    a = await leaf(1)
    b = await Ready()
    return a, b


async def agen():
    for i in range(2):
        yield i


async def use_agen():
    out = []
    async for v in agen():
        out.append(v)
    return out


def drive(coro, sends):
    try:
        coro.send(None)
        for s in sends:
            coro.send(s)
    except StopIteration as e:
        return e.value


def run_middle():
    return drive(middle(), ["sent"])


def run_agen():
    return drive(use_agen(), [])


trace(run_middle)
trace(run_agen)
