# run_until_complete when the loop is stopped early
import asyncio

loop = asyncio.new_event_loop()
async def long():
    await asyncio.sleep(1)
t = loop.create_task(long())
loop.call_later(0.05, loop.stop)
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print(e)
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("task cancelled")
loop.close()
