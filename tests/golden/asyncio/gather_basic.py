# gather: result order follows argument order, not completion order
import asyncio

order = []

async def job(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return name.upper()

async def main():
    res = await asyncio.gather(job("a", 0.15), job("b", 0.05), job("c", 0.1))
    print(res)
    print(order)
    print(await asyncio.gather())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.gather(fut, fut, job("d", 0)))

asyncio.run(main())
