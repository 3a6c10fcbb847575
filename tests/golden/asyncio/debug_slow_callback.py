# debug mode: a slow callback is logged with its duration (the duration is masked)
import asyncio
import logging
import re
import time

class Masker(logging.Handler):
    def emit(self, record):
        print(record.levelname, re.sub(r"\d+\.\d+ seconds", "N seconds", record.getMessage()))

logging.getLogger("asyncio").addHandler(Masker())
logging.getLogger("asyncio").propagate = False

def slow():
    time.sleep(0.2)

async def slow_coro():
    time.sleep(0.2)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.call_soon(slow)
    await asyncio.sleep(0.01)
    await asyncio.create_task(slow_coro(), name="sloth")
    loop.slow_callback_duration = 1.0
    loop.call_soon(slow)
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main(), debug=True)
