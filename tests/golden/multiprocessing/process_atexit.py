# atexit handlers registered before a fork do not run when the forked child
# finishes; handlers a child registers itself do run; finalizers via
# multiprocessing.util.Finalize run at the child's exit.
import atexit
import sys
from multiprocessing import util
from _mp import contexts


def parent_handler():
    print("parent atexit", flush=True)


def child_handler(tag):
    print("child atexit", tag, flush=True)


def child(tag):
    util.Finalize(None, print, args=("finalizer", tag), exitpriority=1)
    atexit.register(child_handler, tag)
    sys.stdout.flush()


if __name__ == "__main__":
    atexit.register(parent_handler)
    for method, ctx in contexts():
        p = ctx.Process(target=child, args=(method,))
        p.start()
        p.join()
        print(method, p.exitcode, flush=True)
