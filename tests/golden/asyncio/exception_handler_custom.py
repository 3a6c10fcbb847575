# set_exception_handler, default_exception_handler, call_exception_handler contexts
import asyncio

def handler(loop, context):
    print("custom:", sorted(context), context["message"])
    if "exception" in context:
        print("  exc:", repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "manual report", "extra": 1})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    def broken_handler(loop, context):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "goes to default"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default handler now"})

asyncio.run(main())
