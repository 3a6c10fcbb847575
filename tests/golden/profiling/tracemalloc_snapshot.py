# tracemalloc: start/stop, traced memory, a snapshot's statistics by line
# and by file, compare_to, the traceback of an object and filters. Sizes
# are an implementation's own, so only their order and rough amounts show.
import tracemalloc


def make_blobs():
    return [bytes(20000) for _ in range(50)]          # about 1 MB


def make_strings():
    return ["x" * 2000 + str(i) for i in range(100)]  # about 200 kB


print("tracing before start:", tracemalloc.is_tracing())
tracemalloc.start(5)
print("tracing:", tracemalloc.is_tracing(), "limit:", tracemalloc.get_traceback_limit())

blobs = make_blobs()
strings = make_strings()
current, peak = tracemalloc.get_traced_memory()
print("current over 1.2 MB:", current > 1_200_000, "peak >= current:", peak >= current)

snapshot = tracemalloc.take_snapshot()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
top = mine.statistics("lineno")
for stat in top[:2]:
    frame = stat.traceback[0]
    print("line", frame.lineno, "count >= 50:", stat.count >= 50, "size >= 200 kB:", stat.size >= 200_000)

by_file = mine.statistics("filename")
print("files:", [s.traceback[0].filename == __file__ for s in by_file])

tb = tracemalloc.get_object_traceback(blobs[0])
print("blob allocated at:", [(f.lineno) for f in tb][-1], "frames:", len(tb) >= 2)
print("formatted:", tb.format()[-2].strip().replace(__file__, "FILE"))

del blobs
after = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
diff = after.compare_to(mine, "lineno")
biggest_drop = min(diff, key=lambda s: s.size_diff)
print("freed line:", biggest_drop.traceback[0].lineno, "size_diff < -900 kB:", biggest_drop.size_diff < -900_000)

tracemalloc.reset_peak()
_, peak = tracemalloc.get_traced_memory()
print("peak after reset below 1 MB:", peak < 1_000_000)
tracemalloc.clear_traces()
print("after clear:", tracemalloc.get_object_traceback(strings[0]))
tracemalloc.stop()
print("tracing after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
