async def agen(n):
    for i in range(n):
        yield i * i

async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    out2 = [v async for v in agen(3) if v]
    return out, out2

c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def use_cm():
    async with AsyncCM() as r:
        print("using", r)
    return "ok"

c = use_cm()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
g = agen(2)
print(type(g).__name__, hasattr(g, "__anext__"), hasattr(g, "asend"))
