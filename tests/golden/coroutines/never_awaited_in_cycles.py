# Never-awaited coroutines found by the cycle collector are reported at the gc.collect() call.
import gc
async def job():
    pass
class Holder:
    pass
h = Holder()
h.me = h
h.coro = job()
del h
print("collecting", flush=True)
gc.collect()
print("collected", flush=True)
def inner():
    lst = [job()]
    lst.append(lst)
inner()
gc.collect()
print("end")
