# policies and get_event_loop / set_event_loop behaviour outside a running loop
import asyncio
import warnings

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
async def check():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(loop.run_until_complete(check()))
asyncio.set_event_loop(None)
loop.close()
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("MyPolicy.new_event_loop")
        return super().new_event_loop()
asyncio.set_event_loop_policy(MyPolicy())
asyncio.run(asyncio.sleep(0))
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print(e)
