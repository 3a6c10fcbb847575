# Where async comprehensions, await and async for/with compile, with the exact SyntaxError positions.
sources = [
    "def f():\n    return (x async for x in y)",
    "def f():\n    return {x async for x in y}",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [[y async for y in x] for x in z]",
    "async def f():\n    def g():\n        return [x async for x in y]",
    "async def f():\n    return lambda: [x async for x in y]",
    "async def f():\n    class C:\n        x = [y async for y in z]",
    "[x async for x in y]",
    "(x async for x in y)",
    "async def f():\n    yield\n    return",
    "async def f():\n    async with a, b as c, d:\n        pass",
    "async def f():\n    await = 1",
    "async = 1",
    "def async_(): pass\nasync def f():\n    return [i for i in range(3) if await g(i)]",
    "async def f():\n    async for x in y:\n        break\n    else:\n        continue",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok", repr(src[:40]))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
