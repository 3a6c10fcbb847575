# task exception propagation, exception(), traceback through await chains
import asyncio
import traceback

async def deep(n):
    if n == 0:
        raise LookupError("bottom")
    await asyncio.sleep(0)
    await deep(n - 1)

async def main():
    t = asyncio.create_task(deep(3))
    try:
        await t
    except LookupError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print(names.count("deep"), e)
    print(repr(t.exception()))
    try:
        t.result()
    except LookupError as e:
        print("result raises", e)
    async def raises_base():
        raise SystemExit(2)
    try:
        await asyncio.create_task(raises_base())
    except SystemExit as e:
        print("SystemExit", e.code)

asyncio.run(main())
