# A TCP server and client on 127.0.0.1 in one process: the client connects
# to the listening socket (the kernel completes it from the backlog), the
# server accepts, and both sides echo; names and peers agree.
import _socket as S

server = S.socket(S.AF_INET, S.SOCK_STREAM)
server.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1)
print("reuseaddr", server.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print(host, port > 0)

client = S.socket(S.AF_INET, S.SOCK_STREAM, 0)
print(client.connect_ex(("127.0.0.1", port)))
fd, addr = server._accept()
conn = S.socket(S.AF_INET, S.SOCK_STREAM, 0, fd)
print(type(fd).__name__, addr == client.getsockname(), conn.getpeername() == client.getsockname())
print(client.getpeername() == ("127.0.0.1", port), conn.getsockname() == ("127.0.0.1", port))
print(conn.family == S.AF_INET, conn.type == S.SOCK_STREAM)

client.sendall(b"ping" * 1000)
got = b""
while len(got) < 4000:
    got += conn.recv(4096)
print(len(got), got[:8])
conn.send(b"pong")
print(client.recv(4))

conn.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, 1)
print("nodelay", conn.getsockopt(S.IPPROTO_TCP, S.TCP_NODELAY) != 0)
print("sndbuf", conn.getsockopt(S.SOL_SOCKET, S.SO_SNDBUF) > 0)
print("type", conn.getsockopt(S.SOL_SOCKET, S.SO_TYPE) == S.SOCK_STREAM)
linger = conn.getsockopt(S.SOL_SOCKET, S.SO_LINGER, 8)
print("linger", type(linger).__name__, len(linger))

client.close()
print(conn.recv(10))
conn.close()

try:
    client2 = S.socket()
    client2.connect(("127.0.0.1", port + 0))
    print("connected to the listener again")
    client2.close()
except OSError as e:
    print(type(e).__name__)
server.close()

# Nothing listens on the port any more.
c = S.socket()
print(c.connect_ex(("127.0.0.1", port)) == 111)
try:
    S.socket().connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
c.close()
