# Thread names, idents, native ids and the current thread inside a thread.
import threading

seen = {}
lock = threading.Lock()

def record():
    t = threading.current_thread()
    with lock:
        seen[t.name] = (t.ident == threading.get_ident(), t.native_id == threading.get_native_id(),
                        t is not threading.main_thread(), t.is_alive())

threads = [threading.Thread(target=record, name="worker-%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(seen):
    print(name, seen[name])
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.ident is None, t.is_alive())
t.start(); t.join()
print(isinstance(t.ident, int), t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
