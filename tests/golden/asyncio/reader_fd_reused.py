# A descriptor closed while the loop still watches it, then its number
# reused by a new pipe: the new pipe is watched normally.
import asyncio
import os

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    loop.add_reader(r, print, "old reader")
    await asyncio.sleep(0.01)
    os.close(r); os.close(w)
    loop.remove_reader(r)
    r2, w2 = os.pipe()
    print("same number:", r2 == r)
    got = loop.create_future()
    loop.add_reader(r2, lambda: got.done() or got.set_result(os.read(r2, 100)))
    os.write(w2, b"fresh")
    print(await got)
    loop.remove_reader(r2)
    os.close(r2); os.close(w2)

asyncio.run(main())
