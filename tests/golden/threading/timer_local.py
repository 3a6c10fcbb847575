# Timer runs once (or not when cancelled); local gives each thread its own
# attributes, __init__ rerun per thread for subclasses.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
t.start(); t.join()
c = threading.Timer(10, fired.append, args=("cancelled",))
c.start(); c.cancel(); c.join()
print(fired)

data = threading.local()
data.x = "main"
seen = []
lock = threading.Lock()
def worker(i):
    print_has = hasattr(data, "x")
    data.x = i
    with lock:
        seen.append((i, print_has, data.x))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(seen), data.x)

class MyLocal(threading.local):
    def __init__(self, start):
        self.n = start
loc = MyLocal(10)
loc.n += 1
out = []
def bump():
    loc.n += 5
    out.append(loc.n)
th = threading.Thread(target=bump); th.start(); th.join()
print(loc.n, out)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
