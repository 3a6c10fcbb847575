# subclasses of Task and Future
import asyncio

class MyFuture(asyncio.Future):
    def set_result(self, value):
        print("MyFuture.set_result", value)
        super().set_result(value)

class MyTask(asyncio.Task):
    def cancel(self, msg=None):
        print("MyTask.cancel", msg)
        return super().cancel(msg)

async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture()
    loop.call_soon(f.set_result, 5)
    print(await f)
    async def sleeper():
        await asyncio.sleep(1)
    t = MyTask(sleeper(), name="mine")
    await asyncio.sleep(0)
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, type(t).__name__)
    print(MyTask.__mro__[1] is asyncio.Task)

asyncio.run(main())
