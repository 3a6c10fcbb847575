# The messages of _signal's argument checks.
import os
import signal


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, "->", repr(r))


attempt(signal.signal, 0, signal.SIG_DFL)
attempt(signal.signal, signal.NSIG, signal.SIG_DFL)
attempt(signal.signal, 2**40, signal.SIG_DFL)
attempt(signal.signal, "2", signal.SIG_DFL)
attempt(signal.signal, signal.SIGUSR1, 5)
attempt(signal.signal, signal.SIGUSR1, None)
attempt(signal.signal, signal.SIGUSR1, True)
attempt(signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt(signal.signal, signal.SIGSTOP, print)
attempt(signal.getsignal, 0)
attempt(signal.getsignal, 1.5)
attempt(signal.getsignal, 2**40)
attempt(signal.strsignal, 0)
attempt(signal.strsignal, "x")
attempt(signal.siginterrupt, 0, True)
attempt(signal.siginterrupt, signal.SIGUSR1, "x")
attempt(signal.siginterrupt, signal.SIGUSR1, 2.5)
attempt(signal.siginterrupt, signal.SIGUSR1, False)
attempt(signal.siginterrupt, signal.SIGUSR1, True)
attempt(signal.alarm, "x")
attempt(signal.alarm, 2**40)
attempt(signal.setitimer, 5, 1)
attempt(signal.setitimer, signal.ITIMER_REAL, "a")
attempt(signal.setitimer, signal.ITIMER_REAL, -1)
attempt(signal.setitimer, signal.ITIMER_REAL, float("nan"))
attempt(signal.setitimer, signal.ITIMER_REAL, 2**70)
attempt(signal.getitimer, 7)
attempt(signal.getitimer, signal.ITIMER_REAL)
attempt(signal.pthread_sigmask, 5, [])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [99])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [2**70])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, 5)
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, ["a"])
attempt(signal.sigwait, [0])
attempt(signal.sigtimedwait, [signal.SIGUSR1], -1)
attempt(signal.set_wakeup_fd, 99)
attempt(signal.set_wakeup_fd, 5.5)
attempt(signal.set_wakeup_fd, 1, 2)
r, w = os.pipe()
attempt(signal.set_wakeup_fd, w)
attempt(signal.set_wakeup_fd, -5)
attempt(signal.default_int_handler)
attempt(signal.default_int_handler, 1, 2, 3)
attempt(signal.valid_signals, 1)
attempt(signal.pause, 1)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 65)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__, signal.ItimerError.__module__)
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e.errno, e.strerror)
