# enumerate/active_count while threads wait; daemon flags; a daemon thread
# still blocked at exit does not stop the program.
import threading

go = threading.Event()
started = threading.Barrier(4)
def wait():
    started.wait()
    go.wait()

threads = [threading.Thread(target=wait, name="w%d" % i, daemon=(i % 2 == 0)) for i in range(3)]
for t in threads: t.start()
started.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print([t.daemon for t in threads])
go.set()
for t in threads: t.join()
print(threading.active_count())
print(threading.current_thread().daemon)

forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True)
d.start()
print("exiting with a daemon still waiting")
