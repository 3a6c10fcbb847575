# User classes with __await__ (generator method or returned iterator).
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        while not self.done:
            yield self
        return self.result

class IterAwait:
    def __await__(self):
        return iter(["a", "b"])

async def worker(fut):
    print("waiting")
    v = await fut
    print("got", v)
    r = await IterAwait()
    print("iter await result", r)
    return v * 2

fut = Future()
c = worker(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set(21)
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print("final", s.value)

class Meta(type):
    def __await__(cls):
        yield "class-level"
        return cls.__name__

class Thing(metaclass=Meta):
    pass

async def await_class():
    return await Thing

c = await_class()
print(c.send(None))
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
w = Future().__await__()
print(type(w).__name__)
