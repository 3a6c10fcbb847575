# as_completed: yields in completion order; timeout
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    aws = [job("slow", 0.2), job("fast", 0.05), job("mid", 0.1)]
    for fut in asyncio.as_completed(aws):
        print(await fut)
    got = []
    try:
        for fut in asyncio.as_completed([job("a", 0.05), job("b", 1)], timeout=0.15):
            got.append(await fut)
    except asyncio.TimeoutError:
        print("timeout after", got)
    try:
        for f in asyncio.as_completed(job("x", 0)):
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
