# async with over managers whose __aenter__/__aexit__ return custom awaitables; async with in async generators; ExitStack corner cases.
from contextlib import asynccontextmanager, ExitStack, contextmanager
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __aenter__(self):
        print("aenter", self.name)
        return Ready(self.name)
    def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return Ready(self.suppress)
async def agen():
    async with ACM("in-agen"):
        try:
            yield 1
            yield 2
        except KeyError:
            print("agen caught KeyError")
            yield "recovered"
async def main():
    async with ACM("a") as a, ACM("b", suppress=True) as b:
        print(a, b)
        raise ValueError
    print("suppressed by b")
    g = agen()
    print(await g.asend(None))
    print(await g.athrow(KeyError))
    await g.aclose()
    print([x async for x in agen()])
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as s: return s.value
run(main())
with ExitStack() as st:
    def cb(callback, self):
        print("kw names ok", callback, self)
    st.callback(cb, callback=1, self=2)
class Obj:
    def __init__(self, n): self.n = n
    def exit(self, *a): print("bound exit", self.n)
with ExitStack() as st:
    st.push(Obj(1).exit)
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with ExitStack() as st:
        st.callback(print, "callback still runs")
        st.enter_context(BadEnter())
except OSError as e:
    print("caught", e)
