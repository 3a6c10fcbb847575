# setprofile events (call and return, no line events) for generators being
# created, resumed and finished, and for a coroutine driven by send().
from _events import profile


def numbers(n):
    for i in range(n):
        yield i


async def coro():
    return "done"


def consume():
    total = sum(numbers(3))
    c = coro()
    try:
        c.send(None)
    except StopIteration as stop:
        return total, stop.value


profile(consume)
