# signal.pthread_kill to another thread: the signal is taken there, the
# Python handler runs in the main thread; signal 0 probes a live thread; a
# worker can signal the main thread.
import signal
import threading

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append((signal.Signals(s).name, threading.current_thread().name)))
signal.signal(signal.SIGUSR2, lambda s, f: got.append((signal.Signals(s).name, threading.current_thread().name)))
ready, stop = threading.Event(), threading.Event()


def worker():
    ready.set()
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR2)
    stop.wait(20)


t = threading.Thread(target=worker, name="worker")
t.start()
ready.wait(20)
print(signal.pthread_kill(t.ident, 0))
signal.pthread_kill(t.ident, signal.SIGUSR1)
for _ in range(200):
    if len(got) == 2:
        break
    threading.Event().wait(0.01)
stop.set()
t.join()
print(sorted(got))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(got[-1])
