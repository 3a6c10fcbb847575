# Generator-based coroutines driven by a small round-robin loop: tasks send
# messages through channels, yield to wait, and return results via
# StopIteration (send(), yield expressions, deque scheduling).
import sys
from collections import deque


class Channel:
    def __init__(self):
        self.items = deque()


def producer(chan, count, seed):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        chan.items.append(x % 1000)
        yield
    chan.items.append(None)


def filt(src, dst):
    while True:
        while not src.items:
            yield
        v = src.items.popleft()
        if v is None:
            dst.items.append(None)
            return
        if v % 3:
            dst.items.append(v * 2)


def consumer(chan):
    total = count = 0
    while True:
        while not chan.items:
            yield
        v = chan.items.popleft()
        if v is None:
            return total, count
        total += v
        count += 1


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def run(pipelines, count):
    ready = deque()
    results = []
    for i in range(pipelines):
        a, b = Channel(), Channel()
        ready.append(producer(a, count, i))
        ready.append(filt(a, b))
        ready.append(consumer(b))
    while ready:
        task = ready.popleft()
        try:
            next(task)
        except StopIteration as stop:
            if stop.value is not None:
                results.append(stop.value)
            continue
        ready.append(task)
    acc = accumulator()
    next(acc)
    for total, count in results:
        acc.send(total)
    return acc.send(0), sum(c for _, c in results)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
print(run(20, n))
