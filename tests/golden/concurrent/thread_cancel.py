# Cancelling futures: a queued one cancels, a running one cannot;
# shutdown(cancel_futures=True) cancels what never started.
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started, gate = threading.Event(), threading.Event()


def block():
    started.set()
    gate.wait(20)
    return "ran"


ex = ThreadPoolExecutor(1)
running = ex.submit(block)
queued = [ex.submit(str, i) for i in range(3)]
started.wait(20)
print(running.cancel(), running.running(), queued[0].cancel(), queued[0].cancelled())
try:
    queued[0].result()
except CancelledError:
    print("CancelledError")
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(running.result(), [f.cancelled() for f in queued])
ex.shutdown()
