# The "coroutine ... was never awaited" warning for several ways of dropping one.
import sys

async def job():
    return 1

class Holder:
    async def method(self):
        pass

job()
print("statement dropped", flush=True)
x = job()
x = None
print("rebound", flush=True)
Holder().method()
print("method", flush=True)
lst = [job() for _ in range(2)]
del lst
print("list deleted", flush=True)
c = job()
c.close()
print("closed: no warning", flush=True)
c = job()
try:
    c.send(None)
except StopIteration:
    pass
del c
print("finished: no warning", flush=True)
