# A tiny scheduler driving tasks by send()/throw(): sleeping, spawning, failures, cancellation, async generators.
import types
class Cancelled(BaseException):
    pass
@types.coroutine
def sleep(t):
    yield ("sleep", t)
@types.coroutine
def spawn(coro):
    return (yield ("spawn", coro))
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.seq = 0
    def add(self, coro):
        self.ready.append((coro, None, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda e: e[:2]); t, _, coro = self.sleeping.pop(0)
                self.now = t
                self.ready.append((coro, None, None))
            coro, value, exc = self.ready.pop(0)
            try:
                req = coro.throw(exc) if exc else coro.send(value)
            except StopIteration as s:
                self.results[coro.__qualname__ + str(self.seq)] = s.value
                self.seq += 1
                continue
            except Cancelled:
                print("cancelled", coro.__name__)
                continue
            except Exception as e:
                print("task failed:", coro.__name__, type(e).__name__, e)
                continue
            kind, arg = req
            if kind == "sleep":
                self.sleeping.append((self.now + arg, self.seq, coro))
                self.seq += 1
            elif kind == "spawn":
                self.add(arg)
                self.ready.append((coro, arg.__name__, None))
async def worker(name, n):
    total = 0
    for i in range(n):
        await sleep(i + 1)
        total += i
        print(f"t={loop.now} {name} step {i}")
    return total
async def failing():
    await sleep(2)
    raise ValueError("worker broke")
async def ticker():
    async def gen():
        for i in range(3):
            await sleep(1)
            yield i
    async for v in gen():
        print(f"t={loop.now} tick {v}")
async def main():
    name = await spawn(worker("w1", 3))
    print("spawned", name)
    await spawn(failing())
    await spawn(ticker())
    await sleep(10)
    print("main done at", loop.now)
    return "main-result"
loop = Loop()
loop.add(main())
victim = worker("victim", 5)
loop.ready.append((victim, None, None))
loop.ready.append((victim, None, Cancelled()))
loop.run()
print(sorted(loop.results.items()))
