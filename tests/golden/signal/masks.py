# Blocked signals wait in sigpending() and run their handler when unblocked;
# sigwait, sigwaitinfo and sigtimedwait take them synchronously.
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))
signal.signal(signal.SIGUSR2, lambda s, f: got.append(signal.Signals(s).name))

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(sorted(old))
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
os.kill(os.getpid(), signal.SIGUSR1)
print(got, sorted(signal.sigpending()))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(got, sorted(signal.sigpending()))

# SIG_SETMASK replaces the mask; range() with the invalid numbers warns.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    before = signal.pthread_sigmask(signal.SIG_SETMASK, range(1, signal.NSIG))
print(len(caught), sorted({str(w.category.__name__) for w in caught}))
print(str(caught[0].message))
blocked = signal.pthread_sigmask(signal.SIG_SETMASK, before)
print(signal.SIGUSR1 in blocked, signal.SIGKILL in blocked, signal.SIGSTOP in blocked)
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))

# Synchronous waits on blocked signals: no handler runs.
got.clear()
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print(repr(signal.sigwait([signal.SIGUSR1, signal.SIGUSR2])))
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigwaitinfo({signal.SIGUSR1})
print(type(info).__name__, info.si_signo, info.si_pid == os.getpid(), info.si_uid == os.getuid(), len(info))
print(signal.sigtimedwait([signal.SIGUSR1], 0.01))
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigtimedwait([signal.SIGUSR1], 1)
print(info.si_signo, info.si_code)
print(got, sorted(signal.sigpending()))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
print(got)

# pthread_kill to the calling thread.
import threading
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
print(got)
signal.pthread_kill(threading.get_ident(), 0)
print("signal 0 checks only")
