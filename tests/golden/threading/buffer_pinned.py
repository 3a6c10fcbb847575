# A buffer that a blocking call fills with the GIL released is pinned: another
# thread cannot resize it meanwhile (BufferError), as in CPython; the call then
# completes into it. Covers os.readv, FileIO.readinto and socket.recv_into.
import os
import socket
import threading


def try_resize_then(buf, release):
    def run():
        try:
            buf.extend(b"more")
        except BufferError as e:
            outcome.append(str(e))
        release()
    outcome = []
    t = threading.Thread(target=run)
    return t, outcome


def check(name, buf, blocking_call, release):
    t, outcome = try_resize_then(buf, release)
    timer = threading.Timer(0.2, t.start)
    timer.start()
    n = blocking_call()
    timer.join()
    t.join()
    print(name, n, bytes(buf), outcome)


r, w = os.pipe()
buf = bytearray(5)
check("readv", buf, lambda: os.readv(r, [buf]), lambda: os.write(w, b"hello"))
f = open(r, "rb", buffering=0, closefd=False)
buf = bytearray(4)
check("readinto", buf, lambda: f.readinto(buf), lambda: os.write(w, b"data"))
a, b = socket.socketpair()
buf = bytearray(3)
check("recv_into", buf, lambda: a.recv_into(buf), lambda: b.send(b"abc"))
buf.extend(b"!")
print(bytes(buf))
