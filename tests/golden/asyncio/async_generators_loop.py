# async generators on the loop: finalised by shutdown_asyncgens at the end of run()
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finalised")

async def main():
    print([i async for i in ticker(3)])
    agen = ticker(10)
    async for i in agen:
        if i == 1:
            break
    print("broke out")
    global keep
    keep = agen

asyncio.run(main())
print("after run")
