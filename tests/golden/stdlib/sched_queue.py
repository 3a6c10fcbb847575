# sched with a fake clock (ordering by time then priority, cancel, empty,
# queue) and queue.Queue / LifoQueue / PriorityQueue used single-threaded
# and with a worker thread.
import queue
import sched
import threading

now = [0.0]
def clock():
    return now[0]
def sleep(dt):
    now[0] += dt

log = []
s = sched.scheduler(clock, sleep)
def job(name, *extra):
    log.append((clock(), name) + extra)

s.enter(5, 2, job, ("low",))
s.enter(5, 1, job, ("high",))
e = s.enter(3, 1, job, ("cancelled",))
s.enterabs(1, 1, job, ("abs",), {})
s.enter(2, 1, job, argument=("kw",), kwargs={})
s.enter(7, 1, lambda: (job("chained"), s.enter(1, 1, job, ("later",))))
print([ev.argument for ev in s.queue])
s.cancel(e)
print(s.empty(), len(s.queue))
s.run()
print(log, s.empty(), now[0])
print(s.run(blocking=False))
try:
    s.cancel(e)
except ValueError as err:
    print("ValueError", err)

q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.full(), q.qsize())
try:
    q.put_nowait(99)
except queue.Full:
    print("Full")
try:
    q.put(99, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")

lifo = queue.LifoQueue()
for c in "abc":
    lifo.put(c)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())

work = queue.Queue()
results = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    work.put(i)
work.put(None)
work.join()
t.join()
print(sorted(results), work.unfinished_tasks)
try:
    work.task_done()
except ValueError as err:
    print("ValueError", err)
