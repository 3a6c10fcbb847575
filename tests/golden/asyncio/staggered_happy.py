# asyncio.staggered.staggered_race: the first coroutine to succeed wins
import asyncio
from asyncio.staggered import staggered_race

def make(delay, result, fail=False):
    async def attempt():
        await asyncio.sleep(delay)
        if fail:
            raise OSError(result)
        return result
    return attempt

async def main():
    winner, index, excs = await staggered_race(
        [make(0.2, "slow"), make(0.05, "fails", True), make(0.05, "fast")], delay=0.02)
    print(winner, index, [type(e).__name__ if e else None for e in excs])

asyncio.run(main())
