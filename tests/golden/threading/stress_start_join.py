# A thread started and joined 10^4 times.
import threading

total = 0
def bump():
    global total
    total += 1

for _ in range(10000):
    t = threading.Thread(target=bump)
    t.start()
    t.join()
print(total, threading.active_count())
