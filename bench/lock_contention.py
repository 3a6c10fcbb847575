# Lock contention: four threads increment a shared counter under one
# threading.Lock (CPU-bound work switched on the GIL's interval).
import sys
import threading


def run(threads, per_thread):
    lock = threading.Lock()
    counter = [0]

    def work():
        for _ in range(per_thread):
            with lock:
                counter[0] += 1

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter[0]


print(run(4, int(sys.argv[1]) if len(sys.argv) > 1 else 1500000))
