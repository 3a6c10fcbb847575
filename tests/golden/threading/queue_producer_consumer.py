# queue.Queue with producers and consumers: exact totals; task_done/join;
# Empty/Full; LifoQueue and PriorityQueue; SimpleQueue.
import queue
import threading

q = queue.Queue(maxsize=10)
totals = []
lock = threading.Lock()

def producer(base):
    for i in range(200):
        q.put(base + i)

def consumer():
    s = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        s += item
        q.task_done()
    with lock:
        totals.append(s)

consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in consumers + producers: t.start()
for t in producers: t.join()
for _ in consumers: q.put(None)
q.join()
for t in consumers: t.join()
print(sum(totals), sum(k * 1000 + i for k in range(4) for i in range(200)))

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full")
lifo = queue.LifoQueue()
for i in range(3): lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for i in (5, 1, 3): pq.put(i)
print([pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=1)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
got = []
t = threading.Thread(target=lambda: got.append(sq.get(timeout=5)))
t.start()
sq.put("late")
t.join()
print(got)
import _queue
print(_queue.SimpleQueue is queue.SimpleQueue, issubclass(_queue.Empty, Exception), _queue.Empty.__module__)
