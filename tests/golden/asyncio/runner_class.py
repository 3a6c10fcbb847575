# asyncio.Runner: several runs on one loop, context, close, reuse errors
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

async def setter(v):
    var.set(v)
    return var.get()

async def getter():
    return var.get()

with asyncio.Runner() as runner:
    print(runner.run(setter("a")))
    print(runner.run(getter()))
    loop = runner.get_loop()
    print(loop.is_closed())
    ctx = contextvars.copy_context()
    print(runner.run(setter("b"), context=ctx))
    print(ctx[var])
print(loop.is_closed())
try:
    runner.run(getter())
except RuntimeError as e:
    print("after close:", e)

runner = asyncio.Runner(debug=True)
async def dbg():
    return asyncio.get_running_loop().get_debug()
print(runner.run(dbg()))
runner.close()
runner.close()
try:
    with asyncio.Runner() as r:
        async def inner():
            coro = getter()
            try:
                r.run(coro)
            finally:
                coro.close()
        r.run(inner())
except RuntimeError as e:
    print(e)
