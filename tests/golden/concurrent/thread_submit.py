# ThreadPoolExecutor.submit: results, exceptions, Future states and the
# context manager waiting for everything.
from concurrent.futures import ThreadPoolExecutor


def div(a, b):
    return a / b


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(div, 10, d) for d in (1, 2, 5)]
    print([f.result(timeout=20) for f in futures])
    bad = ex.submit(div, 1, 0)
    print(type(bad.exception(timeout=20)).__name__, bad.done(), bad.cancelled())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised", e)
    kw = ex.submit(int, "ff", base=16)
    print(kw.result(), repr(kw).split(" state=")[1])
print(ex._shutdown)
try:
    ex.submit(div, 1, 1)
except RuntimeError as e:
    print(e)
