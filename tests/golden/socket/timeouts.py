# CPython's timeout semantics: None blocks, 0 is non-blocking
# (BlockingIOError), a positive timeout raises TimeoutError("timed out");
# the default timeout applies to new sockets.
import _socket as S
import errno

a, b = S.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, e.args, isinstance(e, S.timeout), S.timeout is TimeoutError)
b.send(b"ready")
print(a.recv(10))

a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN)
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
a.setblocking(True)
print(a.gettimeout())

# Filling the buffer of a non-blocking socket ends with BlockingIOError.
b.setblocking(False)
sent = 0
try:
    while True:
        sent += b.send(b"x" * 65536)
except BlockingIOError:
    print("buffer full", sent > 0)
b.settimeout(0.05)
try:
    b.sendall(b"y" * 1000000)
except TimeoutError as e:
    print("sendall", type(e).__name__, e)
a.close()
b.close()

server = S.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.settimeout(0.05)
try:
    server._accept()
except TimeoutError as e:
    print("accept", e)
server.close()

for bad in (-1, -0.5, "1", float("nan")):
    try:
        S.socket().settimeout(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)

print(S.getdefaulttimeout())
S.setdefaulttimeout(2.5)
s = S.socket()
print(S.getdefaulttimeout(), s.gettimeout(), s.getblocking())
p, q = S.socketpair()
print(p.gettimeout(), q.gettimeout())
S.setdefaulttimeout(None)
print(S.getdefaulttimeout(), S.socket().gettimeout())
nb = S.socket(S.AF_INET, S.SOCK_STREAM | S.SOCK_NONBLOCK)
print(nb.gettimeout(), nb.type == S.SOCK_STREAM)
try:
    S.setdefaulttimeout(-3)
except ValueError as e:
    print(e)
