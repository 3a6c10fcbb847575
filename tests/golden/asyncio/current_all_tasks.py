# current_task, all_tasks, task identity, Task outside a loop
import asyncio

async def sleeper():
    await asyncio.sleep(0.05)

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    ts = [asyncio.create_task(sleeper(), name=f"s{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me)

print(asyncio.current_task.__module__ if False else "start")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(e)
asyncio.run(main(), )
