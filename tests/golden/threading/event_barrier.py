# Event wakes every waiter; Barrier lines threads up for several rounds.
import threading

ev = threading.Event()
woken = []
lock = threading.Lock()

def waiter(i):
    ev.wait()
    with lock:
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads: t.start()
print(ev.is_set(), ev.wait(0.01))
ev.set()
for t in threads: t.join()
print(sorted(woken), ev.is_set())
ev.clear()
print(ev.is_set())

barrier = threading.Barrier(4)
rounds = []
def runner(i):
    for r in range(3):
        idx = barrier.wait()
        with lock:
            rounds.append((r, idx))
threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(rounds))
print(barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
