async def f():
    await x
    await x.y()
    a = await b
    return await c ** 2
def g():
    yield
    yield x
    yield x, y
    yield *a, b
    yield from z
    x = yield
    x = yield y
    await_ = 1
