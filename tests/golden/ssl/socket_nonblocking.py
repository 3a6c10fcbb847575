# Non-blocking TLS sockets: the handshake and reads raise SSLWantReadError /
# SSLWantWriteError until select() says the socket is ready.
import select
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

def server():
    conn, _ = listener.accept()
    with sctx.wrap_socket(conn, server_side=True) as s:
        data = s.recv(100)
        log.append(('server got', data))
        s.sendall(data[::-1])
        log.append(('server eof read', s.recv(100)))

t = threading.Thread(target=server)
t.start()
raw = socket.create_connection(listener.getsockname())
s = cctx.wrap_socket(raw, server_hostname='localhost', do_handshake_on_connect=False)
s.setblocking(False)
wants = set()
while True:
    try:
        s.do_handshake()
        break
    except ssl.SSLWantReadError as e:
        wants.add((type(e).__name__, e.errno))
        select.select([s], [], [], 5)
    except ssl.SSLWantWriteError as e:
        wants.add((type(e).__name__, e.errno))
        select.select([], [s], [], 5)
print('handshake done', s.version(), wants <= {('SSLWantReadError', 2), ('SSLWantWriteError', 3)})
try:
    s.recv(100)
except ssl.SSLWantReadError as e:
    print('nothing yet:', type(e).__name__, e.errno, isinstance(e, ssl.SSLError))
s.sendall(b'stressed')
select.select([s], [], [], 5)
data = b''
while len(data) < 8:
    try:
        data += s.recv(100)
    except ssl.SSLWantReadError:
        select.select([s], [], [], 5)
print('client got', data)
s.setblocking(True)
s.close()
t.join()
listener.close()
for item in log:
    print(*item)
