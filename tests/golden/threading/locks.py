# Lock and RLock shared by threads: exact totals; timeouts and non-blocking.
import threading

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)

l = threading.Lock()
print(l.acquire(), l.acquire(False), l.acquire(timeout=0.05), l.locked())
l.release()
print(l.locked())

r = threading.RLock()
def nested(depth):
    with r:
        return 1 if depth == 0 else 1 + nested(depth - 1)
print(nested(5))
got = []
r.acquire()
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.05)))
t.start(); t.join()
r.release()
print(got)
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=1)) or r.release())
t.start(); t.join()
print(got)
