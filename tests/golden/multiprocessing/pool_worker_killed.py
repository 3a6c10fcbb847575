# A Pool worker killed with SIGKILL or leaving with os._exit is replaced; the
# pool keeps serving new tasks and terminates cleanly.
import os
import signal
from _mp import contexts, zombies


def die(how):
    if how == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(4)


if __name__ == "__main__":
    for method, ctx in contexts():
        with ctx.Pool(2) as pool:
            pool.apply_async(die, ("kill",))
            pool.apply_async(die, ("exit",))
            print(method, pool.map(abs, [-1, -2, -3]), pool.apply(divmod, (17, 5)))
    print("zombies", zombies())
