# SIGINT sent 0.2 s into a blocking call (a forked child sends it) raises
# KeyboardInterrupt within a second: time.sleep, input() and
# sys.stdin.readline() on a pipe that stays open, Lock.acquire, os.read,
# select, poll, signal.pause. Only whether it came in time is printed.
import _thread
import os
import select
import signal
import sys
import time

pipe_r, pipe_w = os.pipe()  # stays open: reads on it block
os.dup2(pipe_r, 0)
sys.stdin = open(0, "r", closefd=False)


def interrupt_soon():
    parent = os.getpid()
    child = os.fork()
    if child == 0:
        time.sleep(0.2)
        os.kill(parent, signal.SIGINT)
        os._exit(0)
    return child


def blocked_lock():
    lock = _thread.allocate_lock()
    lock.acquire()
    lock.acquire()


def blocked_lock_timeout():
    lock = _thread.allocate_lock()
    lock.acquire()
    lock.acquire(timeout=10)


def blocked_poll():
    p = select.poll()
    p.register(0, select.POLLIN)
    p.poll(10000)


def blocked_epoll():
    with select.epoll() as e:
        e.register(0, select.EPOLLIN)
        e.poll(10)


cases = [
    ("time.sleep(10)", lambda: time.sleep(10)),
    ("input()", input),
    ("sys.stdin.readline()", sys.stdin.readline),
    ("sys.stdin.buffer.read(1)", lambda: sys.stdin.buffer.read(1)),
    ("os.read(0, 1)", lambda: os.read(0, 1)),
    ("Lock.acquire()", blocked_lock),
    ("Lock.acquire(timeout=10)", blocked_lock_timeout),
    ("select.select", lambda: select.select([0], [], [], 10)),
    ("poll.poll", blocked_poll),
    ("epoll.poll", blocked_epoll),
    ("signal.pause()", signal.pause),
    ("os.waitpid", None),
]


for name, call in cases:
    child = interrupt_soon()
    start = time.monotonic()
    try:
        if call is None:
            # waitpid on a child that outlives the interrupt
            sleeper = os.fork()
            if sleeper == 0:
                time.sleep(2)
                os._exit(0)
            try:
                os.waitpid(sleeper, 0)
            finally:
                os.kill(sleeper, signal.SIGKILL)
                os.waitpid(sleeper, 0)
        else:
            call()
        print(name, "returned")
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt", "in time" if time.monotonic() - start < 1 else "late")
    os.waitpid(child, 0)
