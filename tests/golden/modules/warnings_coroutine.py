# A coroutine never awaited is reported through the warnings module once it
# is imported: filters and catch_warnings(record=True) see it.
import warnings
import sys


async def job():
    pass


def drop():
    job()


drop()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    drop()
    c = job()
    del c
print([(w.category.__name__, str(w.message), w.lineno, type(w.source).__name__) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    drop()
sys.set_coroutine_origin_tracking_depth(2)
drop()
print("end")
