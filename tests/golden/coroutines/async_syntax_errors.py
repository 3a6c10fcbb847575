# Compile-time errors around async and await.
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async with x:\n        pass",
    "def f():\n    async for a in b:\n        pass",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    x = lambda: await y",
    "async with x:\n    pass",
    "async def f():\n    def g():\n        await z",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno)
ok = compile("async def f():\n    return [await x async for x in y]", "<t>", "exec")
print(type(ok).__name__)
