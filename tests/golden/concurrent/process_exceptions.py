# Exceptions of many kinds raised in ProcessPoolExecutor workers come back
# with their type, args and attributes; SystemExit and KeyboardInterrupt too.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class Custom(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def raise_it(kind):
    if kind == "custom":
        raise Custom(7, "seven")
    if kind == "os":
        raise FileNotFoundError(2, "missing", "/nowhere")
    if kind == "key":
        {}["k"]
    if kind == "exit":
        raise SystemExit(3)
    if kind == "chained":
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as ex:
            for kind in ("custom", "os", "key", "exit", "chained"):
                e = ex.submit(raise_it, kind).exception(timeout=20)
                extra = getattr(e, "code", None), getattr(e, "filename", None)
                print(method, kind, type(e).__name__, e.args, extra)
                tb = str(e.__cause__)
                print("  remote:", tb.strip().splitlines()[-1], "ZeroDivisionError" in tb)
