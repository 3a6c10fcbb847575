# Foreign calls from several threads: the GIL is released around each call,
# and a callback run by C inside a thread's call takes it back.
import threading
from ctypes import *

libc = CDLL(None)
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
results = {}


def worker(n):
    values = [(i * 7919 + n) % 101 for i in range(200)]
    arr = (c_int * len(values))(*values)
    calls = [0]

    def compare(a, b):
        calls[0] += 1
        return a[0] - b[0]

    libc.qsort(arr, len(arr), sizeof(c_int), CMP(compare))
    libc.usleep(1000)
    results[n] = (list(arr) == sorted(values), calls[0] > 0)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

counter = c_long(0)
lock = threading.Lock()
ADD = CFUNCTYPE(None, c_long)


def bump(v):
    with lock:
        counter.value += v


def runner():
    cb = ADD(bump)
    for _ in range(50):
        cb(2)


ts = [threading.Thread(target=runner) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter.value)
