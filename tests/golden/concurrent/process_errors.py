# ProcessPoolExecutor argument checks and unpicklable work or results.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def make_lambda():
    return lambda: 1


if __name__ == "__main__":
    for bad in (0, -2):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print(e)
    try:
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), max_tasks_per_child=1)
    except ValueError as e:
        print(e)
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as ex:
            try:
                ex.submit(make_lambda).result(timeout=20)
            except Exception as e:
                print(method, type(e).__name__)
            try:
                ex.submit(len, lambda: 0).result(timeout=20)
            except Exception as e:
                print(type(e).__name__)
            print(ex.submit(len, "ok").result(timeout=20))
