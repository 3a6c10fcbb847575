# Certificate verification failures over a socket: unknown CA, wrong host
# name, IP address names; the server side sees the client's alert.
import socket
import ssl
import threading
from _certs import *

def run(cctx, server_cert, server_key, hostname):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(server_cert, server_key)
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    result = []

    def server():
        conn, _ = listener.accept()
        try:
            with sctx.wrap_socket(conn, server_side=True) as s:
                result.append(('server ok', s.recv(100)))
        except (ssl.SSLError, OSError) as e:
            result.append(('server', type(e).__name__, getattr(e, 'reason', None)))
        finally:
            conn.close()

    t = threading.Thread(target=server)
    t.start()
    raw = socket.create_connection(listener.getsockname())
    try:
        with cctx.wrap_socket(raw, server_hostname=hostname) as s:
            print('client ok', s.version())
            s.sendall(b'ping')
    except ssl.SSLCertVerificationError as e:
        print('client', type(e).__name__, e.errno, e.library, e.reason, e.verify_code, e.verify_message)
        print('  is ValueError:', isinstance(e, ValueError), 'is CertificateError:', isinstance(e, ssl.CertificateError))
    finally:
        raw.close()
    t.join()
    listener.close()
    for item in result:
        print(' ', *item)

run(client_context(), SELF_SIGNED_CERT, SELF_SIGNED_KEY, 'selfsigned.invalid')
run(client_context(), SERVER_CERT, SERVER_KEY, 'wrong.example')
run(client_context(), SERVER_CERT, SERVER_KEY, '127.0.0.1')
run(client_context(), SERVER_CERT, SERVER_KEY, '10.0.0.1')
c = client_context()
c.load_verify_locations(SELF_SIGNED_CERT)
run(c, SELF_SIGNED_CERT, SELF_SIGNED_KEY, 'selfsigned.invalid')
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
c.check_hostname = False
c.verify_mode = ssl.CERT_NONE
run(c, SELF_SIGNED_CERT, SELF_SIGNED_KEY, None)
