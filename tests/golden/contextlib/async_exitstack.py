# AsyncExitStack: async and sync contexts, push_async_exit, callbacks, aclose.
from contextlib import AsyncExitStack, asynccontextmanager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as s:
        return s.value
    raise AssertionError("suspended")

@asynccontextmanager
async def acm(name):
    print("aenter", name)
    yield name
    print("aexit", name)

class SyncCM:
    def __enter__(self):
        print("sync enter")
        return "sync"
    def __exit__(self, *exc):
        print("sync exit")

async def async_exit(typ, val, tb):
    print("async exit fn", typ.__name__ if typ else None)
    return typ is KeyError

async def async_cb(*args):
    print("async callback", args)

async def main():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(acm("a")))
        print(stack.enter_context(SyncCM()))
        stack.push_async_exit(async_exit)
        stack.push_async_callback(async_cb, 1, 2)
        stack.callback(print, "sync callback")
    async with AsyncExitStack() as stack:
        stack.push_async_exit(async_exit)
        raise KeyError("suppressed by async exit")
    print("after suppression")
    stack = AsyncExitStack()
    await stack.enter_async_context(acm("manual"))
    await stack.aclose()
    try:
        await AsyncExitStack().enter_async_context(SyncCM())
    except TypeError as e:
        print("TypeError:", e)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(acm("moved"))
        other = stack.pop_all()
    print("moved out")
    await other.aclose()
    try:
        async with AsyncExitStack() as stack:
            async def failing(*a):
                raise OSError("async exit failed")
            stack.push_async_exit(failing)
            raise ValueError("body")
    except OSError as e:
        print(repr(e), "context:", repr(e.__context__))
    return "done"

print(run(main()))
