# TLS over a real socket pair: a server thread and a client in one program,
# with ALPN, SNI, certificates in both forms, sendall/recv/read/write.
import socket
import ssl
import threading
from _certs import *

sctx = server_context()
sctx.set_alpn_protocols(['h2', 'http/1.1'])
seen_names = []
sctx.sni_callback = lambda sslsock, name, ctx: seen_names.append(name)
cctx = client_context()
cctx.set_alpn_protocols(['spdy/3', 'http/1.1'])

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)
log = []

def server():
    conn, _ = listener.accept()
    with sctx.wrap_socket(conn, server_side=True) as s:
        log.append(('server version', s.version(), s.server_side, s.server_hostname))
        data = s.recv(1024)
        log.append(('server got', data))
        s.sendall(data.upper())
        n = s.write(b'x' * 70000)
        log.append(('server wrote', n))
        log.append(('server alpn', s.selected_alpn_protocol()))
        log.append(('server peer cert', s.getpeercert()))
        log.append(('server cipher', s.cipher()))
        log.append(('server final read', s.recv(10)))

t = threading.Thread(target=server)
t.start()
with socket.create_connection(listener.getsockname()) as raw:
    with cctx.wrap_socket(raw, server_hostname='localhost') as s:
        print(type(s).__name__, s.version(), s.cipher(), s.selected_alpn_protocol())
        print(s.server_hostname, s.server_side, s.pending(), s.compression(), s.session_reused)
        cert = s.getpeercert()
        for key in sorted(cert):
            print(key, cert[key])
        der = s.getpeercert(binary_form=True)
        print(ssl.DER_cert_to_PEM_cert(der) == open(SERVER_CERT).read())
        print(len(s.get_channel_binding()) > 0)
        s.sendall(b'hello tls')
        print(s.recv(1024))
        total = 0
        while total < 70000:
            total += len(s.read(65536))
        print('client read', total)
        print(s.context is cctx, s.session is not None)
t.join()
listener.close()
for item in log:
    print(*item)
print('sni names', seen_names)
