# ThreadPoolExecutor.map keeps order, zips several iterables, re-raises the
# first exception when it is reached, and times out.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def inv(x):
    return 1 / x


with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(str, range(12), chunksize=5)))
    it = ex.map(inv, [1, 2, 0, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        list(ex.map(time.sleep, [0.5], timeout=0.01))
    except TimeoutError:
        print("TimeoutError")
