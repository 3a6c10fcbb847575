# A SIGINT the parent left ignored stays ignored (CPython installs its handler
# only over SIG_DFL); a handler that returns lets an interrupted read go on
# (PEP 475), and siginterrupt(sig, False) restarts the call in the kernel.
import os
import signal
import sys
import time

code = "import signal, os; print(repr(signal.getsignal(signal.SIGINT))); os.kill(os.getpid(), signal.SIGINT); print('alive')"
for disposition in (signal.SIG_IGN, signal.SIG_DFL):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        signal.signal(signal.SIGINT, disposition)
        os.execv(sys.executable, [sys.executable, "-c", code])
    os.close(w)
    with open(r) as f:
        out = f.read()
    _, status = os.waitpid(pid, 0)
    print(repr(disposition), out.split(), os.waitstatus_to_exitcode(status))

times = []
signal.signal(signal.SIGUSR1, lambda s, f: times.append(time.monotonic()))


def read_with_signal():
    r, w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        time.sleep(0.2)
        os.kill(parent, signal.SIGUSR1)
        time.sleep(0.3)
        os.write(w, b"data")
        os._exit(0)
    start = time.monotonic()
    data = os.read(r, 10)
    end = time.monotonic()
    os.waitpid(pid, 0)
    os.close(r)
    os.close(w)
    handler_ran_early = bool(times) and times[-1] - start < 0.4
    print(data, len(times), "handler during read" if handler_ran_early else "handler after read", end - start >= 0.4)
    times.clear()


read_with_signal()
signal.siginterrupt(signal.SIGUSR1, False)
read_with_signal()
signal.siginterrupt(signal.SIGUSR1, True)
read_with_signal()
