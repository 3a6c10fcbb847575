# PEP 475: a signal whose handler returns does not end select/poll/epoll
# early (they wait again for what is left of the timeout); a handler that
# raises ends the wait with its exception.
import os
import select
import signal
import time

r, w = os.pipe()
ticks = []


def tick(signum, frame):
    ticks.append(signum)


def boom(signum, frame):
    raise RuntimeError("from the handler")


def blocked_select(timeout):
    return select.select([r], [], [], timeout)


def blocked_poll(timeout):
    p = select.poll()
    p.register(r, select.POLLIN)
    return p.poll(timeout * 1000)


def blocked_epoll(timeout):
    with select.epoll() as e:
        e.register(r, select.EPOLLIN)
        return e.poll(timeout)


def blocked_sigtimedwait(timeout):
    return signal.sigtimedwait([signal.SIGUSR2], timeout)


for name, wait in [("select", blocked_select), ("poll", blocked_poll), ("epoll", blocked_epoll),
                   ("sigtimedwait", blocked_sigtimedwait)]:
    signal.signal(signal.SIGALRM, tick)
    ticks.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    start = time.monotonic()
    result = wait(0.3)
    elapsed = time.monotonic() - start
    print(name, result, ticks, elapsed >= 0.29)
    signal.signal(signal.SIGALRM, boom)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    start = time.monotonic()
    try:
        wait(5)
    except RuntimeError as e:
        print(name, "RuntimeError", e, time.monotonic() - start < 1)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
