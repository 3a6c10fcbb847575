# faulthandler's dumps of every thread (newest first, "Current thread" for
# the caller, a blank line between threads): dump_traceback(all_threads),
# register() for a user signal (chained to the Python handler, then
# unregistered), dump_traceback_later from the watchdog, and the errors.
import faulthandler
import os
import re
import signal
import tempfile
import threading
import time


def show(text):
    print(re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text).replace(os.path.dirname(threading.__file__), "LIB"), end="")


def dumped(action):
    with tempfile.TemporaryFile("w+") as f:
        action(f)
        f.seek(0)
        show(f.read())


def level1():
    level2()


def level2():
    dumped(lambda f: faulthandler.dump_traceback(f, all_threads=False))
    dumped(lambda f: faulthandler.dump_traceback(f))


print("== one thread")
level1()

ready = threading.Event()
release = threading.Event()


def worker():
    ready.set()
    release.wait()


thread = threading.Thread(target=worker)
thread.start()
ready.wait()
print("== two threads")
level1()

print("== register SIGUSR1")
seen = []
signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
with tempfile.TemporaryFile("w+") as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False, chain=True)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("python handler ran:", seen == [signal.SIGUSR1])
    print("unregister:", faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    f.seek(0)
    show(f.read())
with tempfile.TemporaryFile("w+") as f:
    faulthandler.register(signal.SIGUSR1, file=f)
    os.kill(os.getpid(), signal.SIGUSR1)
    faulthandler.unregister(signal.SIGUSR1)
    f.seek(0)
    show(f.read())

print("== dump_traceback_later")
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(1.0)
    f.seek(0)
    show(f.read())
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.6)
    f.seek(0)
    print("cancelled:", repr(f.read()))

release.set()
thread.join()

print("== errors")
for call in (lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register(0),
             lambda: faulthandler.unregister(signal.SIGABRT),
             lambda: faulthandler.dump_traceback_later(0)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
