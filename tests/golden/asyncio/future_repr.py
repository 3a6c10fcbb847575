# Future and Task reprs in each state
import asyncio
import re

def clean(r):
    return re.sub(r" at 0x[0-9a-f]+| created at [^>]*|<[^<]*\.py:\d+>", "", r)

async def sample():
    await asyncio.sleep(0)
    return "r"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(repr(f)))
    f.add_done_callback(print)
    print(clean(repr(f)))
    f.remove_done_callback(print)
    f.set_result([1, 2])
    print(clean(repr(f)))
    f = loop.create_future()
    f.set_exception(ValueError("x"))
    print(clean(repr(f)))
    f.exception()
    f = loop.create_future()
    f.cancel()
    print(clean(repr(f)))
    t = asyncio.create_task(sample(), name="T")
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    t = asyncio.create_task(sample(), name="C")
    t.cancel()
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))

asyncio.run(main())
