async def f():
    await g()
    async for x in y:
        pass
    async for x in y:
        a
    else:
        b
    async with a as b:
        pass
    async with a, b as c:
        pass
    return [x async for x in y]
