# wait_for: result, TimeoutError, inner cancellation, None timeout
import asyncio

async def slow(d, log):
    try:
        await asyncio.sleep(d)
        return "slow done"
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise

async def main():
    log = []
    print(await asyncio.wait_for(slow(0.05, log), timeout=1))
    try:
        await asyncio.wait_for(slow(1, log), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(slow(0.05, log), None))
    try:
        await asyncio.wait_for(slow(1, log), 0)
    except TimeoutError:
        print("zero timeout")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print(await asyncio.wait_for(fut, 0))
    print(log)

asyncio.run(main())
