# sys._current_frames(): each running thread's identifier to its topmost
# frame (followed through f_back), and sys._current_exceptions(); what
# threading's and traceback's stack dumps build on.
import sys
import threading
import traceback

ready = threading.Event()
release = threading.Event()


def blocked_worker():
    inner()


def inner():
    try:
        raise KeyError("held")
    except KeyError:
        ready.set()
        release.wait()


worker = threading.Thread(target=blocked_worker, name="worker")
worker.start()
ready.wait()

frames = sys._current_frames()
main_id = threading.get_ident()
print("threads:", sorted(frames) == sorted([main_id, worker.ident]))
print("main top:", frames[main_id].f_code.co_name, frames[main_id].f_lineno)

names = []
f = frames[worker.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print("worker stack:", names)

stack = traceback.extract_stack(frames[worker.ident])
print("worker extract_stack:", [(entry.name, entry.line) for entry in stack if entry.filename == __file__])

exceptions = sys._current_exceptions()
print("exceptions:", sorted(exceptions) == sorted(frames))
print("worker handles:", repr(exceptions[worker.ident][1]))
print("main handles:", exceptions[main_id])

release.set()
worker.join()
print("after join:", list(sys._current_frames()) == [main_id])
