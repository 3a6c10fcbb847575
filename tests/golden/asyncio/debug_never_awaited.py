# debug mode: a coroutine never awaited is reported with where it was created
import asyncio
import gc
import warnings

async def forgotten():
    pass

async def main():
    forgotten()
    gc.collect()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(main(), debug=True)
for w in caught:
    print(w.category.__name__, str(w.message).split("\n")[0])
