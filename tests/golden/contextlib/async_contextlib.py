from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name + "-session"
    except ValueError as e:
        print("handled", repr(e))
    finally:
        print("close", name)

async def main():
    async with session("a") as s:
        print("using", s)
    async with session("b"):
        raise ValueError("inside b")
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(session("c"))
        stack.callback(print, "sync callback")
        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hello")
        print("stack body", x)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for v in g:
            print("got", v)
            break
    async with nullcontext("n") as n:
        print("async nullcontext", n)
    return "done"

print(run(main()))
