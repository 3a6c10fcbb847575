# anext(it, default) over __anext__ coroutines that suspend, async generators, and its send/throw/close.
import types
@types.coroutine
def pause(tag):
    got = yield tag
    return got
class Slow:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            await pause("before stop")
            raise StopAsyncIteration
        v = await pause(f"fetch {self.n}")
        return (self.n, v)
async def agen():
    yield await pause("agen fetch")
c_it = Slow()
async def main():
    out = []
    for _ in range(4):
        out.append(await anext(c_it, "exhausted"))
    out.append(await anext(agen(), "unused"))
    g = agen()
    await g.aclose()
    out.append(await anext(g, "closed default"))
    return out
c = main()
value = None
while True:
    try:
        tag = c.send(value)
        print("suspended at", tag)
        value = tag.upper()
    except StopIteration as s:
        print(s.value)
        break
aw = anext(agen(), 0)
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except KeyError as e:
    print("thrown through", repr(e))
aw = anext(agen(), 0)
print(aw.send(None), aw.close())
print(iter(aw) is aw, aw.__await__() is aw)
