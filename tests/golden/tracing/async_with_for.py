# settrace events for async with and async for, driven by hand (send)
# without an event loop.
from _events import trace


class Resource:
    async def __aenter__(self):
        return "resource"

    async def __aexit__(self, *exc):
        return False


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def work():
    seen = []
    async with Resource() as r:
        seen.append(r)
    async for i in Counter(2):
        seen.append(i)
    return seen


def run():
    coro = work()
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


trace(run)
