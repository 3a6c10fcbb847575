# Several threads import the same module at once: its body runs once and
# every thread sees it complete.
import builtins
import threading

seen = []
lock = threading.Lock()
start = threading.Barrier(4)

def importer():
    start.wait()
    import _slow_module
    with lock:
        seen.append(_slow_module.VALUE)

threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(seen, builtins.slow_module_runs)
