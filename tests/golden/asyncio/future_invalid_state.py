# Future: InvalidStateError and other misuse messages
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(e)
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("x"))
    except TypeError as e:
        print(e)
    try:
        f.set_exception(42)
    except TypeError as e:
        print(e)
    f.set_exception(ValueError)
    print(repr(f.exception()))
    print(fut.cancel())
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.CancelledError.__mro__[1].__name__)
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        await fut
        fut.__await__().send(None)
    except StopIteration as e:
        print("StopIteration", e.value)

asyncio.run(main())
