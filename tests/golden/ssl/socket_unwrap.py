# unwrap() ends TLS on both sides and the plain socket carries on; a timeout
# on a TLS socket raises TimeoutError; closed and unconnected sockets.
import socket
import ssl
import threading
from _certs import *

sctx = server_context()
cctx = client_context()
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)
log = []
go = threading.Event()

def server():
    conn, _ = listener.accept()
    s = sctx.wrap_socket(conn, server_side=True)
    log.append(('server got', s.recv(100)))
    go.wait(10)
    plain = s.unwrap()
    log.append(('server unwrapped', type(plain).__name__))
    log.append(('server plain got', plain.recv(100)))
    plain.sendall(b'plain reply')
    plain.close()

t = threading.Thread(target=server)
t.start()
raw = socket.create_connection(listener.getsockname())
s = cctx.wrap_socket(raw, server_hostname='localhost')
s.sendall(b'over tls')
s.settimeout(0.2)
try:
    s.recv(100)
except TimeoutError as e:
    print('timeout:', type(e).__name__, e)
s.settimeout(None)
go.set()
plain = s.unwrap()
print('client unwrapped', type(plain).__name__, plain is raw)
plain.sendall(b'in the clear')
print('client plain got', plain.recv(100))
plain.close()
t.join()
listener.close()
for item in log:
    print(*item)

try:
    s.recv(10)
except (ValueError, OSError) as e:
    print('after close:', type(e).__name__)
u = cctx.wrap_socket(socket.socket(), server_hostname='localhost')
try:
    u.recv(10)
except OSError as e:
    print('unconnected:', type(e).__name__, e.errno is not None)
try:
    u.getpeercert()
except (ValueError, OSError) as e:
    print('unconnected peer cert:', type(e).__name__, e)
print(u.version(), u.cipher(), u.selected_alpn_protocol())
u.close()
