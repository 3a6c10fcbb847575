# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
# and a timeout.
import threading
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)

gate = threading.Event()


def job(kind):
    if kind == "slow":
        gate.wait(20)
    if kind == "fail":
        raise RuntimeError("failed")
    return kind


with ThreadPoolExecutor(3) as ex:
    fast, slow = ex.submit(job, "fast"), ex.submit(job, "slow")
    done, pending = wait([fast, slow], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    fail = ex.submit(job, "fail")
    done, pending = wait([slow, fail], return_when=FIRST_EXCEPTION)
    print(fail in done, slow in pending)
    done, pending = wait([slow], timeout=0.05)
    print(len(done), len(pending))
    gate.set()
    done, pending = wait([fast, slow, fail], return_when=ALL_COMPLETED)
    print(len(done), len(pending))
