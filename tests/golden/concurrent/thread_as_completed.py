# as_completed yields each future once as it finishes, including ones that
# were already done; a timeout raises TimeoutError naming the unfinished count.
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

gate = threading.Event()


def job(i):
    if i == 3:
        gate.wait(20)
    return i * 10


with ThreadPoolExecutor(4) as ex:
    futures = [ex.submit(job, i) for i in range(4)]
    seen = []
    try:
        for f in as_completed(futures, timeout=0.3):
            seen.append(f.result())
    except TimeoutError as e:
        print("TimeoutError", e)
    print(sorted(seen))
    gate.set()
    print(sorted(f.result() for f in as_completed(futures + futures[:1])))
