# Thread ping-pong: two threads hand an integer back and forth through a
# pair of queue.Queue objects (lock waits, GIL hand-overs).
import sys
import queue
import threading


def run(rounds):
    there, back = queue.Queue(), queue.Queue()

    def echo():
        while True:
            x = there.get()
            if x is None:
                return
            back.put(x + 1)

    t = threading.Thread(target=echo)
    t.start()
    total = 0
    for i in range(rounds):
        there.put(i)
        total += back.get()
    there.put(None)
    t.join()
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 40000))
