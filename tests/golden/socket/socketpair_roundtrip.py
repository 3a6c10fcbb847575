# Stream socket pairs: send/recv, recv_into a bytearray and a memoryview
# slice, sendall of a large block read by a forked child, shutdown, close.
import _socket as S
import os

a, b = S.socketpair()
print(type(a).__name__, a.family == S.AF_UNIX, a.type == S.SOCK_STREAM, a.proto)
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))

buf = bytearray(8)
a.send(b"abcdefgh")
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(10))
a.send(b"xyz")
print(b.recv_into(mv[2:], 2), bytes(mv))
print(b.recv(10))

print(a.send(memoryview(b"0123456789")[2:5]), b.recv(10))
a.shutdown(S.SHUT_WR)
print(b.recv(10), b.recv(10))
print(a.gettimeout(), a.getblocking(), a.timeout)

# A megabyte through the pair: the child reads it all and answers with its size.
c, d = S.socketpair()
pid = os.fork()
if pid == 0:
    c.close()
    total = 0
    while True:
        chunk = d.recv(65536)
        if not chunk:
            break
        total += len(chunk)
    d.sendall(str(total).encode())
    os._exit(0)
d.close()
c.sendall(b"x" * (1 << 20))
c.shutdown(S.SHUT_WR)
print("child read", c.recv(100))
print("child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
c.close()

fd = a.fileno()
a.close()
print(a.fileno(), a.detach())
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.close()
fd = b.detach()
print(b.fileno(), fd >= 0)
S.close(fd)
try:
    S.close(fd)
except OSError as e:
    print(type(e).__name__, e)

a, b = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM)
a.send(b"one")
a.send(b"two")
print(b.recvfrom(10), b.recv(2))
a.close()
b.close()
