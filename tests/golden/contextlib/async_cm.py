# @asynccontextmanager: normal flow, exceptions, suppression, errors, decorator use.
from contextlib import asynccontextmanager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as s:
        return s.value
    raise AssertionError("coroutine suspended")

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("suppress", repr(e))
    finally:
        print("close", name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield
    yield

async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise KeyError("k")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with resource("stop"):
            raise StopAsyncIteration("user")
    except StopAsyncIteration as e:
        print("StopAsyncIteration kept:", e)

    @resource("deco")
    async def decorated(x):
        print("decorated body", x)
        return x + 1
    print(await decorated(1))
    return "done"

print(run(main()))
