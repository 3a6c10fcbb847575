# ProcessPoolExecutor.submit under each start method: results, an exception
# with its remote traceback as __cause__, and shutdown refusing new work.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def div(a, b):
    return a // b


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with ProcessPoolExecutor(2, mp_context=ctx) as ex:
            futures = [ex.submit(div, 100, d) for d in (1, 3, 7)]
            print(method, [f.result(timeout=20) for f in futures])
            bad = ex.submit(div, 1, 0)
            try:
                bad.result(timeout=20)
            except ZeroDivisionError as e:
                tb = str(e.__cause__)
                print("ZeroDivisionError", e, type(e.__cause__).__name__)
                print("return a // b" in tb, tb.strip().splitlines()[-1])
        try:
            ex.submit(div, 1, 1)
        except RuntimeError as e:
            print(e)
