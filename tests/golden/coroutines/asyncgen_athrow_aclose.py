# athrow() and aclose() on async generators.
from _driver import run

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n += 100
        finally:
            n += 1

async def main():
    g = resilient()
    print(await g.asend(None))
    print(await g.athrow(ValueError("v1")))
    print(await g.athrow(ValueError, ValueError("v2")))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("finished after error")

    g = resilient()
    await g.asend(None)
    print("aclose ->", await g.aclose())
    print("aclose again ->", await g.aclose())

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def stop_raiser():
        yield 1
        raise StopAsyncIteration
    g = stop_raiser()
    await g.asend(None)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def unstarted():
        print("never printed")
        yield 1
    g = unstarted()
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed before start")
    g = unstarted()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow unstarted", e)

run(main())
