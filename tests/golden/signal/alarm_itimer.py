# signal.alarm and setitimer deliver SIGALRM to a Python handler; a sleep the
# handler interrupts resumes for the time left (PEP 475).
import signal
import time

ticks = []
signal.signal(signal.SIGALRM, lambda signum, frame: ticks.append(signum))

print(signal.alarm(1))
print(signal.alarm(1) in (0, 1))
start = time.monotonic()
time.sleep(1.5)
print(ticks, time.monotonic() - start >= 1.5)

# A repeating timer: three ticks, then cancelled.
ticks.clear()
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
while len(ticks) < 3:
    time.sleep(0.01)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks, 0 <= delay <= 0.05, interval)
print(signal.getitimer(signal.ITIMER_REAL))

# A one-shot timer whose handler raises ends the sleep with its exception.
class Timeout(Exception):
    pass


def expire(signum, frame):
    raise Timeout("expired")


signal.signal(signal.SIGALRM, expire)
signal.setitimer(signal.ITIMER_REAL, 0.1)
start = time.monotonic()
try:
    time.sleep(5)
except Timeout as e:
    print("Timeout", e, time.monotonic() - start < 1)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(delay, interval)

# ITIMER_VIRTUAL counts CPU time: busy loop until SIGVTALRM arrives.
vt = []
signal.signal(signal.SIGVTALRM, lambda s, f: vt.append(s))
signal.setitimer(signal.ITIMER_VIRTUAL, 0.02)
n = 0
while not vt:
    n += 1
print(vt == [signal.SIGVTALRM])
signal.signal(signal.SIGALRM, signal.SIG_DFL)
