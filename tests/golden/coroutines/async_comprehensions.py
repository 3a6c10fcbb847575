# Async list/set/dict/generator comprehensions and await inside comprehensions.
from _driver import run

async def numbers(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    print([x async for x in numbers(5)])
    print([x async for x in numbers(6) if x % 2])
    print(sorted({x % 3 async for x in numbers(7)}))
    print({x: str(x) async for x in numbers(3)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in numbers(3)])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    gen = (x * x async for x in numbers(4))
    print(type(gen).__name__)
    print([v async for v in gen])
    gen2 = (await double(x) for x in [1, 2])
    print(type(gen2).__name__, [v async for v in gen2])
    nested = [[y async for y in numbers(x)] async for x in numbers(3)]
    print(nested)
    return "done"

print(run(main()))
