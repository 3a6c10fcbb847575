# Under spawn and forkserver the main module is re-imported in the child as
# __mp_main__ (its top level runs again, its __main__ block does not); under
# fork the child shares the parent's memory.
import multiprocessing as mp
import sys
from _mp import contexts

LOADED_AS = __name__


def report(q):
    main = sys.modules["__main__"]
    q.put((LOADED_AS, main.__name__ if hasattr(main, "__name__") else None,
           "__mp_main__" in sys.modules, mp.current_process().name != "MainProcess"))


if __name__ == "__main__":
    for method, ctx in contexts():
        q = ctx.Queue()
        p = ctx.Process(target=report, args=(q,))
        p.start()
        print(method, q.get(timeout=20))
        p.join()
