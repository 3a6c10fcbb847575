# _thread directly: start_new_thread, _count, stack_size, allocate_lock,
# TIMEOUT_MAX, an exception in a raw thread reported as unraisable.
import _thread
import sys

sys.stderr = sys.stdout
done = _thread.allocate_lock()
done.acquire()
out = []
def work(a, b=0):
    out.append(a + b + _thread._count())
    done.release()
_thread.start_new_thread(work, (1,), {"b": 2})
done.acquire()
print(out)
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(_thread.TIMEOUT_MAX > 1e6, hasattr(_thread, "daemon_threads_allowed"))
for bad in ((1, ()), (work, [])):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)

def hook(args):
    print("unraisable:", args.err_msg, args.exc_type.__name__, args.exc_value, args.object is raiser)
sys.unraisablehook = hook
def raiser():
    try:
        raise OSError("in raw thread")
    finally:
        done.release()
_thread.start_new_thread(raiser, ())
done.acquire()
import time
while _thread._count():
    time.sleep(0.001)
print(_thread._count())
