# settrace events for async generators and async with, driven by hand.
from _events import trace


class ACM:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self, *exc):
        return False


async def agen(n):
    for i in range(n):
        yield i * 2


async def main():
    async with ACM() as v:
        items = [x async for x in agen(2)]
    return v, items


def run():
    coro = main()
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


trace(run)
