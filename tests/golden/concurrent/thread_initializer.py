# ThreadPoolExecutor initializer, thread_name_prefix, and a failing
# initializer breaking the pool with BrokenThreadPool.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

local = threading.local()


def init(tag):
    local.tag = tag


def fail_init():
    raise ValueError("init failed")


def who(_):
    return local.tag, threading.current_thread().name.split("_")[0]


with ThreadPoolExecutor(2, thread_name_prefix="worker", initializer=init, initargs=("T",)) as ex:
    print(sorted(set(ex.map(who, range(6)))))
with ThreadPoolExecutor(1, initializer=fail_init) as ex:
    f = ex.submit(who, 1)
    try:
        f.result(timeout=20)
    except BrokenThreadPool as e:
        print("BrokenThreadPool", e)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print(e)
