# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait,
# exceptions, shutdown.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION

def square(x):
    return x * x

def fail(x):
    raise KeyError(x)

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futures = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(futures)))
    bad = ex.submit(fail, 7)
    done, not_done = wait([bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), repr(bad.exception()))
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e)
    print(ex.submit(sum, [1, 2, 3]).result())
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
