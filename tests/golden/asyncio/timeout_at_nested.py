# timeout_at and nested timeouts: the outer expires while the inner is longer
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(1)
            finally:
                print("inner expired:", inner.expired())
    except TimeoutError:
        print("outer expired:", outer.expired())
    try:
        async with asyncio.timeout(5) as outer:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner raised", inner.expired(), outer.expired())
    async def use_twice():
        t = asyncio.timeout(1)
        async with t:
            pass
        try:
            async with t:
                pass
        except RuntimeError as e:
            print(e)
    await use_twice()

asyncio.run(main())
