# Errors from awaiting things that are not awaitable.
class NoIter:
    def __await__(self):
        return 1

class ReturnsCoro:
    def __await__(self):
        return helper()

async def helper():
    return 1

class RaisesInAwait:
    def __await__(self):
        raise ValueError("in __await__")

class AwaitAttr:
    pass
inst = AwaitAttr()
inst.__await__ = lambda: iter([])

def gen():
    yield 1

async def try_await(label, obj):
    try:
        await obj
    except Exception as e:
        print(label, type(e).__name__, e)

def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass

run(try_await("int", 1))
run(try_await("none", None))
run(try_await("noiter", NoIter()))
run(try_await("retcoro", ReturnsCoro()))
run(try_await("raises", RaisesInAwait()))
run(try_await("instance attr", inst))
g = gen()
run(try_await("generator", g))
run(try_await("list", [1]))
import gc
gc.collect()
