# ThreadPoolExecutor.shutdown(wait=True) waits for running work; the
# context manager waits even when its body raises; worker threads are gone
# afterwards.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = []


def slow(x):
    time.sleep(0.05)
    results.append(x)


ex = ThreadPoolExecutor(2)
for i in range(4):
    ex.submit(slow, i)
ex.shutdown(wait=True)
print(sorted(results), threading.active_count())
try:
    with ThreadPoolExecutor(2) as ex:
        f = ex.submit(slow, 9)
        raise KeyError("body")
except KeyError as e:
    print("KeyError", e, f.done(), 9 in results)
ex.shutdown()
print(threading.active_count())
