# Future: add/remove_done_callback, callback order, context, result/exception states
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    def cb(name):
        return lambda f: log.append((name, f.result()))
    a, b = cb("a"), cb("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print(fut.remove_done_callback(a))
    print(fut.remove_done_callback(print))
    fut.set_result(10)
    print(log)
    await asyncio.sleep(0)
    print(log)
    fut.add_done_callback(cb("late"))
    print(log)
    await asyncio.sleep(0)
    print(log)
    print(fut.done(), fut.result(), fut.exception(), fut.get_loop() is loop)
    f2 = loop.create_future()
    f2.set_exception(ValueError("v"))
    print(repr(f2.exception()))
    try:
        f2.result()
    except ValueError as e:
        print("result raises", e)
    f3 = asyncio.Future()
    print(f3.get_loop() is loop)

asyncio.run(main())
