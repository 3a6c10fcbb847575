# An exception escaping a child's target is printed by the child on stderr
# ("Process NAME:" and the traceback) and gives exitcode 1.
import sys
from _mp import contexts


def fail(n):
    raise ValueError(f"bad value {n}")


if __name__ == "__main__":
    for method, ctx in contexts():
        p = ctx.Process(target=fail, args=(3,), name="failer-" + method)
        p.start()
        p.join()
        sys.stderr.flush()
        print(method, p.exitcode, flush=True)
