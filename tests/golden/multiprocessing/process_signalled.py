# A child that dies from a signal has exitcode -SIGNUM; the name shows in repr.
import os
import signal
from _mp import contexts


def die(signum):
    os.kill(os.getpid(), signum)


if __name__ == "__main__":
    for method, ctx in contexts():
        for signum in (signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1):
            p = ctx.Process(target=die, args=(signum,))
            p.start()
            p.join()
            print(method, signum.name, p.exitcode, "exitcode=" + str(p.exitcode) in repr(p))
