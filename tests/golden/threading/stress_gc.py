# 4 threads build reference cycles and run the collector concurrently.
import gc
import threading

class Node:
    def __init__(self):
        self.other = None

made = []
lock = threading.Lock()

def churn(k):
    n = 0
    for i in range(3000):
        a, b = Node(), Node()
        a.other, b.other = b, a
        a.payload = [a, b, {i: b}]
        n += 1
        if i % 500 == 0:
            gc.collect()
    with lock:
        made.append(n)

threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
gc.collect()
print(sorted(made))
print(sum(1 for o in gc.get_objects() if type(o) is Node))
