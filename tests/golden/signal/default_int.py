# SIGINT's default handler raises KeyboardInterrupt; strsignal, valid_signals,
# the constants and the enums signal.py builds over _signal.
import os
import signal

print(signal.default_int_handler.__name__, signal.default_int_handler.__module__)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt from os.kill")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")

for n in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGRTMIN, 32):
    print(int(n), signal.strsignal(n))
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, 32 in valid, max(valid) == signal.SIGRTMAX)
print(type(next(iter(valid))).__name__)
print(signal.NSIG, signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(repr(signal.SIGINT), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK))
print(sorted(s.name for s in signal.Signals)[:8])
print(len(signal.Signals), signal.Signals.SIGCHLD is signal.Signals.SIGCLD)
print(signal.SIGRTMIN, signal.SIGRTMAX)
