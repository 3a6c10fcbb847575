# ag_frame, ag_running, ag_await, ag_code and the async generator type.
import types
from _driver import run

class Pause:
    def __await__(self):
        yield "paused"

async def agen():
    print("inside running:", g.ag_running)
    await Pause()
    yield 1

g = agen()
print(type(g) is types.AsyncGeneratorType, type(g).__name__)
print(g.__name__, g.__qualname__, g.ag_code is agen.__code__)
print("before:", g.ag_running, g.ag_frame is not None, g.ag_await)
aw = g.asend(None)
print(aw.send(None))
print("paused:", g.ag_running, type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as s:
    print("yielded", s.value)
print("after yield:", g.ag_running, g.ag_await)
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted")
print("end:", g.ag_frame, g.ag_running)

print(bool(agen.__code__.co_flags & 0x200))
g.__name__ = "other"
print(g.__name__)
run(g.aclose())
