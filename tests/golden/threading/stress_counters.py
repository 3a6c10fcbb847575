# 8 threads mutate a shared list and dict under a lock, 10^5 times in all:
# exact final counts.
import threading

lock = threading.Lock()
items = []
counts = {}

def work(k):
    for i in range(12500):
        with lock:
            items.append(i)
            counts[i % 100] = counts.get(i % 100, 0) + 1
            if len(items) > 1000:
                del items[:500]

threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(sum(counts.values()), len(counts), set(counts.values()))
print(len(items) <= 1000)
