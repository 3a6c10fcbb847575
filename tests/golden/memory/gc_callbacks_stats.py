# gc.callbacks are called with ("start", info) before and ("stop", info)
# after each collection; one that raises is reported as unraisable and the
# others still run. gc.get_stats() counts collections per generation.
import gc
import sys

gc.disable()
log = []


def record(phase, info):
    log.append((phase, info["generation"], sorted(info)))


def broken(phase, info):
    raise ValueError("callback failed in " + phase)


class Node:
    def __init__(self):
        self.me = self


before = gc.get_stats()
print(len(before), sorted(before[0]))
gc.callbacks.append(record)
for _ in range(10):
    Node()
gc.collect()
print(log)
gc.collect(0)
print(log[2:])
after = gc.get_stats()
print(after[2]["collections"] - before[2]["collections"], after[0]["collections"] - before[0]["collections"])
print(after[2]["collected"] - before[2]["collected"] >= 10)

sys.unraisablehook = lambda u: print("unraisable:", repr(u.exc_value), u.object.__name__)
gc.callbacks.insert(0, broken)
log.clear()
gc.collect(1)
print(log)
gc.callbacks.clear()
log.clear()
gc.collect()
print(log)
