# a tree of gathers with sleep(0): results come back nested in order
import asyncio

async def leaf(i):
    await asyncio.sleep(0)
    return i

async def node(depth, base):
    if depth == 0:
        return await leaf(base)
    return await asyncio.gather(*(node(depth - 1, base * 3 + k) for k in range(3)))

async def main():
    tree = await node(3, 0)
    flat = []
    def walk(t):
        if isinstance(t, list):
            for x in t:
                walk(x)
        else:
            flat.append(t)
    walk(tree)
    print(len(flat), flat[:5], flat == sorted(flat))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
