# new_event_loop, run_until_complete, run_forever/stop, close, errors on a closed loop
import asyncio

async def value():
    return "v"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(value()))
loop.call_soon(print, "in run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.is_running(), loop.is_closed())
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "later")
print(loop.run_until_complete(fut))
async def nested():
    try:
        loop.run_until_complete(value())
    except RuntimeError as e:
        print(e)
loop.run_until_complete(nested())
loop.close()
try:
    loop.run_until_complete(value())
except RuntimeError as e:
    print(e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
loop.close()
other = asyncio.new_event_loop()
f2 = other.create_future()
try:
    asyncio.new_event_loop().run_until_complete(f2)
except ValueError as e:
    print(e)
other.close()
