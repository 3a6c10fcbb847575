# 8 threads of a ThreadPoolExecutor incrementing a shared counter under a
# lock and appending to a shared list: exact totals.
import threading
from concurrent.futures import ThreadPoolExecutor, wait

lock = threading.Lock()
state = {"n": 0}
items = []


def work(k):
    for i in range(2000):
        with lock:
            state["n"] += 1
        items.append((k, i))


with ThreadPoolExecutor(8) as ex:
    wait([ex.submit(work, k) for k in range(8)])
print(state["n"], len(items), len(set(items)))
