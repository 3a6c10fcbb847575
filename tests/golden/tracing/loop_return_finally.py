# settrace events when return, break and continue leave a loop from inside
# try/finally blocks.
from _events import trace


def search(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                return i
            if item is None:
                continue
            if item < 0:
                break
        finally:
            pass
    return -1


trace(search, [3, None, 5], 5)
trace(search, [3, -1, 5], 5)
