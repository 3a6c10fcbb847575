# Misuse of Process objects raises what CPython raises.
import time
from _mp import contexts


def nap():
    time.sleep(0.05)


if __name__ == "__main__":
    for method, ctx in contexts():
        p = ctx.Process(target=nap)
        for attempt in (p.join, p.terminate):
            try:
                attempt()
            except (AssertionError, AttributeError) as e:
                print(method, attempt.__name__, type(e).__name__, e)
        p.start()
        try:
            p.start()
        except AssertionError as e:
            print("start twice:", e)
        try:
            p.close()
        except ValueError as e:
            print("close running:", e)
        p.join()
        p.close()
        for what in ("exitcode", "is_alive", "pid"):
            try:
                v = getattr(p, what)
                v() if callable(v) else v
            except ValueError as e:
                print(what, e)
        print(repr(p).endswith("closed>"))
