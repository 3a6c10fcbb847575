# AF_UNIX sockets on paths in a temporary folder (str and bytes paths), an
# unbound peer's empty name, the abstract namespace, and datagrams by path.
import _socket as S
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "server.sock")
    server = S.socket(S.AF_UNIX, S.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    print(server.getsockname() == path, os.path.exists(path))
    client = S.socket(S.AF_UNIX)
    client.connect(path)
    fd, addr = server._accept()
    conn = S.socket(S.AF_UNIX, S.SOCK_STREAM, 0, fd)
    print(repr(addr), repr(conn.getpeername()), client.getpeername() == path)
    client.sendall(b"over a path")
    print(conn.recv(100))
    for s in (client, conn, server):
        s.close()

    bpath = os.path.join(d, "bytes.sock").encode()
    b = S.socket(S.AF_UNIX, S.SOCK_DGRAM)
    b.bind(bpath)
    print(type(b.getsockname()).__name__, b.getsockname() == bpath.decode())
    sender = S.socket(S.AF_UNIX, S.SOCK_DGRAM)
    sender.sendto(b"by path", bpath)
    print(b.recvfrom(100))
    spath = os.path.join(d, "sender.sock")
    sender.bind(spath)
    sender.sendto(b"named sender", bpath)
    data, frm = b.recvfrom(100)
    print(data, frm == spath)
    b.close()
    sender.close()

    try:
        S.socket(S.AF_UNIX).bind(os.path.join(d, "x" * 200))
    except OSError as e:
        print(type(e).__name__, e)
    try:
        S.socket(S.AF_UNIX).connect(os.path.join(d, "missing.sock"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)

name = b"\0taipan-golden-" + str(os.getpid()).encode()
a = S.socket(S.AF_UNIX, S.SOCK_STREAM)
a.bind(name)
a.listen()
print(type(a.getsockname()).__name__, a.getsockname() == name)
c = S.socket(S.AF_UNIX, S.SOCK_STREAM)
c.connect(name)
fd, addr = a._accept()
print(repr(addr))
S.close(fd)
a.close()
c.close()
