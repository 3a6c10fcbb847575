# async for over async iterators and async generators, with break/else.
from _driver import run

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def pairs():
    for i in range(3):
        yield i, str(i)

async def main():
    async for v in Countdown(3):
        print("countdown", v)
    else:
        print("else ran")
    async for v in Countdown(5):
        if v == 2:
            break
        print("before break", v)
    else:
        print("not printed")
    async for num, text in pairs():
        print(num, text)
        if num == 0:
            continue
        print("after continue", num)
    total = 0
    async for a in Countdown(2):
        async for b in Countdown(2):
            total += a * 10 + b
    print("nested", total)
    return "ok"

print(run(main()))
