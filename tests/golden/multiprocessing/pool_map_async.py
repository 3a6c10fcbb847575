# Pool.map_async with callback and error_callback, and AsyncResult.get timing out.
import time
from multiprocessing import TimeoutError
from _mp import contexts


def invert(x):
    return 1 / x


def slow(x):
    time.sleep(x)
    return x


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            seen = []
            r = pool.map_async(invert, [1, 2, 4], callback=seen.append)
            print(method, r.get(timeout=20), seen)
            errors = []
            r = pool.map_async(invert, [1, 0], error_callback=errors.append)
            r.wait(20)
            print(r.ready(), r.successful(), [type(e).__name__ for e in errors])
            try:
                r.get()
            except ZeroDivisionError as e:
                print("get:", e)
            r = pool.apply_async(slow, (0.5,))
            try:
                r.get(timeout=0.01)
            except TimeoutError:
                print("TimeoutError", r.ready())
            print(r.get(timeout=20))
