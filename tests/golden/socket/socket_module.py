# CPython's socket.py over _socket: enums, socketpair, makefile, dup,
# create_server/create_connection, send_fds/recv_fds, sendfile and the
# context manager.
import os
import socket
import tempfile

a, b = socket.socketpair()
print(a.family, a.type, type(a).__name__, isinstance(a, socket.socket))
print(repr(a).split(",")[1:4])
with a, b:
    wf = a.makefile("w")
    rf = b.makefile("r")
    wf.write("first line\nsecond line\n")
    wf.flush()
    print(repr(rf.readline()), repr(rf.readline()))
    wf.close()
    rf.close()
    c = a.dup()
    c.sendall(b"via dup")
    print(b.recv(100), c.fileno() != a.fileno())
    c.close()
    socket.send_fds(a, [b"fds"], [0])
    msg, fds, flags, addr = socket.recv_fds(b, 100, 1)
    print(msg, len(fds), flags)
    os.close(fds[0])
    with tempfile.TemporaryFile() as f:
        f.write(b"from a file" * 10)
        f.seek(0)
        print(a.sendfile(f))
    print(len(b.recv(1000)))
print(a._closed, "[closed]" in repr(a))

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
client = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = server.accept()
print(conn.gettimeout(), client.gettimeout(), addr == client.getsockname())
client.sendall(b"over tcp")
print(conn.recv(100))
conn.settimeout(0.05)
try:
    conn.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e)
for s in (conn, client, server):
    s.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)[0][:2])
print(socket.AF_INET, socket.SOCK_DGRAM, socket.MSG_PEEK, socket.AddressFamily(10))
print(socket.has_dualstack_ipv6() in (True, False))
