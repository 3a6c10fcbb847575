# async for and comprehensions over __anext__ returning custom awaitables; __await__ returning a hand-written iterator with send().
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
class Stop:
    def __await__(self):
        raise StopAsyncIteration
        yield
class It:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    def __anext__(self):
        self.i += 1
        if self.i > self.n:
            return Stop()
        return Ready(self.i)
class StepIter:
    def __init__(self): self.k = 0
    def __iter__(self): return self
    def __next__(self):
        self.k += 1
        if self.k > 2:
            raise StopIteration("done-" + str(self.k))
        return "step"
    def send(self, v):
        print("StepIter.send", v)
        return self.__next__()
class UsesStepIter:
    def __await__(self): return StepIter()
async def agen():
    async for x in It(2):
        yield x * 10
async def main():
    async for x in It(3):
        print("item", x)
    print([x async for x in It(2)])
    print({x: await Ready(x) async for x in It(2)})
    print([x async for x in agen()])
    r = await UsesStepIter()
    return r
c = main()
v = None
while True:
    try:
        v = c.send(v)
        print("yielded", v)
        v = "resume"
    except StopIteration as s:
        print("result", s.value)
        break
