# Python signal handlers run in the main thread with (signum, frame) once
# os.kill() to oneself returns; getsignal/signal round trips.
import os
import signal

received = []


def handler(signum, frame):
    received.append((signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name))


print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.getsignal(signal.SIGPIPE)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)


def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
    return "after kill"


print(sender())
print(received)

# Several signals at once: each handler runs.
signal.signal(signal.SIGUSR2, handler)
received.clear()
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGUSR2})
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
print(received)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1, signal.SIGUSR2})
print(sorted(r[0] for r in received))


# A handler that raises: the exception comes out of the code that was running.
class Boom(Exception):
    pass


def raising(signum, frame):
    raise Boom(signum)


signal.signal(signal.SIGUSR1, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(10):
        pass
    print("not reached")
except Boom as e:
    print("Boom", e.args == (signal.SIGUSR1,))


# A handler that replaces itself.
def once(signum, frame):
    received.append("once")
    signal.signal(signum, signal.SIG_IGN)


received.clear()
signal.signal(signal.SIGUSR1, once)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(received, repr(signal.getsignal(signal.SIGUSR1)))

# Handlers given as enums, and back to the default.
print(repr(signal.signal(signal.Signals.SIGUSR1, signal.Handlers.SIG_DFL)))
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN) is handler)
print(repr(signal.getsignal(signal.SIGUSR2)))
os.kill(os.getpid(), signal.SIGUSR2)  # ignored
print("still here")

# A bound method and a lambda are handlers too.
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, signum, frame):
        self.n += 1


c = Counter()
signal.signal(signal.SIGUSR1, c)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
print(c.n)
signal.signal(signal.SIGUSR1, lambda s, f: received.append(("lambda", s)))
received.clear()
signal.raise_signal(signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
