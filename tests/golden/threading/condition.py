# Condition: consumers wait for items a producer adds; notify and notify_all.
import threading

items = []
cond = threading.Condition()
taken = []

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is None:
            return
        taken.append(item)

consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers: c.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.extend([None] * 3)
    cond.notify_all()
for c in consumers: c.join()
print(sorted(taken) == list(range(30)), len(taken))

c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0.01))
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
