# os.fork from a program that has threads: the child has only the forking
# thread, working locks, and register_at_fork's hooks run.
import os
import sys
import threading

calls = []
os.register_at_fork(before=lambda: calls.append("before"),
                     after_in_parent=lambda: calls.append("parent"),
                     after_in_child=lambda: calls.append("child"))

hold = threading.Lock()
hold.acquire()
release = threading.Event()
def holder():
    release.wait()
bg = threading.Thread(target=holder)
bg.start()

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    lock = threading.Lock()
    with lock:
        pass
    t = threading.Thread(target=lambda: None)
    t.start(); t.join()
    msg = "%s %d %s %s" % (calls, threading.active_count(), threading.current_thread() is threading.main_thread(),
                           bg.is_alive())
    os.write(w, msg.encode())
    os._exit(0)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 1024)
    if not chunk:
        break
    data += chunk
_, status = os.waitpid(pid, 0)
print(data.decode())
print(os.waitstatus_to_exitcode(status), calls)
release.set()
bg.join()
hold.release()
