# debug mode: a task step and a timer callback slower than slow_callback_duration are logged
import asyncio
import logging
import re
import time

class Collect(logging.Handler):
    def emit(self, record):
        msg = re.sub(r"\d+\.\d+ seconds", "N seconds", record.getMessage())
        msg = re.sub(r" at 0x[0-9a-f]+", "", msg)
        msg = re.sub(r"when=[0-9.]+", "when=T", msg)
        print(record.levelname, msg.split(" created at ")[0].split(" running at ")[0].split(" wait_for=")[0])

logging.getLogger("asyncio").addHandler(Collect())
logging.getLogger("asyncio").propagate = False

def slow_timer():
    time.sleep(0.15)

async def worker():
    await asyncio.sleep(0)
    time.sleep(0.15)
    return "worked"

async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.1
    task = asyncio.create_task(worker(), name="slowpoke")
    print(await task)
    loop.call_later(0.01, slow_timer)
    await asyncio.sleep(0.2)
    print("end")

asyncio.run(main(), debug=True)
