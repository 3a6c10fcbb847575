# as_completed: results in completion order, then TimeoutError for the ones left
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()

    async def at(offset, value):
        await asyncio.sleep(base + offset - loop.time())
        return value

    aws = [at(0.3, "slow"), at(0.05, "fast"), at(0.1, "medium"), at(5, "never")]
    got = []
    try:
        for fut in asyncio.as_completed(aws, timeout=0.5):
            got.append(await fut)
    except TimeoutError:
        print("timed out after", got)
    await asyncio.sleep(0)
    try:
        for fut in asyncio.as_completed([]):
            print("nothing")
        print("empty ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        next(asyncio.as_completed(b"not futures"))
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
