# multiprocessing.pool.ThreadPool and multiprocessing.dummy run the same API
# on threads.
import multiprocessing.dummy as dummy
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


with ThreadPool(3) as pool:
    print(pool.map(square, range(8)), sorted(pool.imap_unordered(square, range(5))))
    print(pool.starmap(pow, [(2, 3), (3, 2)]), pool.apply_async(square, (9,)).get(20))
with dummy.Pool(2) as pool:
    print(list(pool.imap(square, range(4))))
q = dummy.Queue()
t = dummy.Process(target=q.put, args=("from a dummy process",))
t.start()
t.join()
print(q.get(), dummy.current_process().name, t.exitcode if hasattr(t, "exitcode") else None)
a, b = dummy.Pipe()
a.send("dummy pipe")
print(b.recv())
