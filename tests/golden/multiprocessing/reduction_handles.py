# multiprocessing.reduction.send_handle/recv_handle move an open file
# descriptor to another process over a Unix socket (SCM_RIGHTS).
import os
import socket
from multiprocessing import reduction
from _mp import contexts


def child(sock):
    fd = reduction.recv_handle(sock)
    with os.fdopen(fd, "rb") as f:
        sock.sendall(f.read())
    sock.close()


if __name__ == "__main__":
    r, w = os.pipe()
    os.write(w, b"through a passed descriptor")
    os.close(w)
    for method, ctx in contexts():
        parent_sock, child_sock = socket.socketpair()
        p = ctx.Process(target=child, args=(child_sock,))
        p.start()
        child_sock.close()
        if method == "fork":
            reduction.send_handle(parent_sock, r, p.pid)
        else:
            rr, ww = os.pipe()
            os.write(ww, method.encode())
            os.close(ww)
            reduction.send_handle(parent_sock, rr, p.pid)
            os.close(rr)
        print(method, parent_sock.recv(100))
        p.join()
        parent_sock.close()
    fds = reduction.recvfds
    print(callable(fds), reduction.HAVE_SEND_HANDLE)
