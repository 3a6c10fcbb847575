# with-heavy code: user context managers, nested with, exceptions suppressed.
import sys


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        return exc_type is KeyError

class Lock:
    def __init__(self):
        self.held = False

    def __enter__(self):
        self.held = True

    def __exit__(self, *args):
        self.held = False

def run():
    lock = Lock()
    total = 0
    for i in range(150000):
        with lock, Resource() as r:
            total += 1
        with Resource():
            if i % 100 == 0:
                raise KeyError(i)
    return total, Resource.opened, lock.held

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 8
for _ in range(reps):
    result = run()
print(result, reps)
