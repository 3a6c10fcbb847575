# terminate() and kill() of a sleeping child; join with a timeout; is_alive.
import time
from _mp import contexts, zombies


def sleep():
    time.sleep(30)


if __name__ == "__main__":
    for method, ctx in contexts():
        for stop in ("terminate", "kill"):
            p = ctx.Process(target=sleep)
            print(method, stop, p.is_alive(), end=" ")
            p.start()
            p.join(0.05)
            print(p.is_alive(), p.exitcode, end=" ")
            getattr(p, stop)()
            p.join()
            print(p.is_alive(), p.exitcode)
    print("zombies", zombies())
