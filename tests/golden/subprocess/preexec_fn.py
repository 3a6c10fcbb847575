# preexec_fn runs Python code in the forked child before exec, also while
# other threads run and hold locks in the parent; an exception in it
# becomes SubprocessError; os.register_at_fork hooks run around it.
import os
import subprocess
import threading

os.register_at_fork(after_in_child=lambda: os.write(1, b"after_in_child hook\n"))


def announce():
    os.write(1, b"preexec_fn ran\n")


def fail():
    raise ValueError("in preexec_fn")


print(subprocess.run(["echo", "hi"], preexec_fn=announce, capture_output=True).stdout.decode(), end="", flush=True)
try:
    subprocess.run(["echo", "hi"], preexec_fn=fail)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e, flush=True)

stop = threading.Event()
lock = threading.Lock()


def spin():
    while not stop.is_set():
        with lock:
            sum(range(100))


threads = [threading.Thread(target=spin) for _ in range(2)]
for t in threads:
    t.start()
codes = [subprocess.run(["true"], preexec_fn=lambda: os.umask(0o22)).returncode for _ in range(5)]
stop.set()
for t in threads:
    t.join()
print(codes == [0] * 5)
