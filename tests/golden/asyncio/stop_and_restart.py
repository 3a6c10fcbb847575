# loop.stop() from a callback and a timer: run_forever returns after the
# current turn, and runs again where it left off.
import asyncio

loop = asyncio.new_event_loop()
log = []
def tick(n):
    log.append(n)
    if n in (3, 6):
        loop.stop()
    if n < 6:
        loop.call_soon(tick, n + 1)
loop.call_soon(tick, 0)
loop.run_forever()
print(log)
loop.run_forever()
print(log)
loop.call_later(0.05, loop.stop)
loop.call_later(0.02, log.append, "timer")
loop.run_forever()
print(log)
loop.stop()
loop.run_forever()  # a stop requested before running ends the first turn
print("stopped at once")
loop.close()
