# TLS sockets with timeouts (non-blocking underneath, waiting with poll):
# handshake, large transfers both ways while the peer is slow to read.
import socket
import ssl
import threading
import time
from _certs import *

sctx = server_context()
cctx = client_context()
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)
log = []
done = threading.Event()
PAYLOAD = bytes(range(256)) * 1000

def server():
    conn, _ = listener.accept()
    conn.settimeout(10)
    with sctx.wrap_socket(conn, server_side=True) as s:
        log.append(('server timeout', s.gettimeout()))
        time.sleep(0.2)  # let the client's sendall fill the buffers
        got = bytearray()
        while len(got) < len(PAYLOAD):
            got += s.recv(65536)
        log.append(('server got intact', bytes(got) == PAYLOAD))
        s.sendall(got[::-1])
        done.wait(10)

t = threading.Thread(target=server)
t.start()
raw = socket.create_connection(listener.getsockname(), timeout=10)
with cctx.wrap_socket(raw, server_hostname='localhost') as s:
    print('client timeout', s.gettimeout(), s.version())
    s.sendall(PAYLOAD)
    back = bytearray()
    while len(back) < len(PAYLOAD):
        back += s.recv(65536)
    print('client got reversed', bytes(back) == PAYLOAD[::-1])
    s.settimeout(0.1)
    try:
        s.recv(1)
    except TimeoutError as e:
        print('TimeoutError', e)
    done.set()
t.join()
listener.close()
for item in log:
    print(*item)
