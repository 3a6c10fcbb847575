# Ctrl-C while a socket call waits: a forked child sends SIGINT to its
# parent, blocked in recv (no timeout), in recv with a timeout (waiting in
# poll) and in accept; each wait ends with KeyboardInterrupt.
import _socket as S
import os
import time


def interrupt_soon():
    pid = os.fork()
    if pid == 0:
        time.sleep(0.3)
        os.kill(os.getppid(), 2)
        os._exit(0)
    return pid


a, b = S.socketpair()
server = S.socket()
server.bind(("127.0.0.1", 0))
server.listen()
for label, setup, call in [("recv", lambda: a.settimeout(None), lambda: a.recv(10)),
                           ("recv with timeout", lambda: a.settimeout(30), lambda: a.recv(10)),
                           ("recv_into", lambda: a.settimeout(None), lambda: a.recv_into(bytearray(4))),
                           ("accept", lambda: None, lambda: server._accept())]:
    setup()
    pid = interrupt_soon()
    try:
        call()
        print(label, "returned")
    except KeyboardInterrupt:
        print(label, "interrupted")
    os.waitpid(pid, 0)
b.send(b"still works")
print(a.recv(100))
