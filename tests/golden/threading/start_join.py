# Threads started and joined; each computes a result stored by index.
import threading

results = [None] * 8

def work(i):
    results[i] = sum(range(i * 1000))

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(all(not t.is_alive() for t in threads))
print(threading.active_count())
print(threading.current_thread() is threading.main_thread())
print(threading.current_thread().name)
