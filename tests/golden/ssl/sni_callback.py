# The server's sni_callback: it sees the requested name, may switch the
# connection to another context, or refuse with an alert.
import socket
import ssl
import threading
from _certs import *

other = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
other.load_cert_chain(SELF_SIGNED_CERT, SELF_SIGNED_KEY)

def run(callback, hostname, cctx):
    sctx = server_context()
    sctx.sni_callback = callback
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    log = []

    def server():
        conn, _ = listener.accept()
        try:
            with sctx.wrap_socket(conn, server_side=True) as s:
                log.append(('server', s.recv(10), s.context is other))
        except ssl.SSLError as e:
            log.append(('server error', type(e).__name__, e.reason))
        finally:
            conn.close()

    t = threading.Thread(target=server)
    t.start()
    raw = socket.create_connection(listener.getsockname())
    try:
        with cctx.wrap_socket(raw, server_hostname=hostname) as s:
            print('client', s.getpeercert()['subject'][-1])
            s.sendall(b'hi')
    except ssl.SSLError as e:
        print('client error', type(e).__name__, e.reason)
    finally:
        raw.close()
    t.join()
    listener.close()
    for item in log:
        print(' ', *item)

calls = []
def record(sslsock, name, ctx):
    calls.append((type(sslsock).__name__, name, type(ctx).__name__))
run(record, 'localhost', client_context())
print(calls)

def switch(sslsock, name, ctx):
    if name == 'selfsigned.invalid':
        sslsock.context = other
c = client_context()
c.load_verify_locations(SELF_SIGNED_CERT)
run(switch, 'selfsigned.invalid', c)

def refuse(sslsock, name, ctx):
    return ssl.ALERT_DESCRIPTION_ACCESS_DENIED
run(refuse, 'localhost', client_context())

nocheck = client_context()
nocheck.check_hostname = False
names = []
run(lambda s, name, c: names.append(name), None, nocheck)
print(names)
