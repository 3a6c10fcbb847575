# Shared by the ssl goldens: the test certificates (certs/, made once with the
# openssl tool, valid for 100 years) and the contexts most tests use.
import os
import ssl

CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'certs')
CA = os.path.join(CERTS, 'ca.pem')
SERVER_CERT = os.path.join(CERTS, 'server.pem')
SERVER_KEY = os.path.join(CERTS, 'server.key')
SERVER_COMBINED = os.path.join(CERTS, 'server_combined.pem')
SERVER_KEY_ENCRYPTED = os.path.join(CERTS, 'server_encrypted.key')
SELF_SIGNED_CERT = os.path.join(CERTS, 'selfsigned.pem')
SELF_SIGNED_KEY = os.path.join(CERTS, 'selfsigned.key')
PASSWORD = 'secret-pw'


def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(SERVER_CERT, SERVER_KEY)
    return ctx


def client_context():
    return ssl.create_default_context(cafile=CA)


def show_error(what, e):
    """Prints the facts of an exception that do not depend on _ssl.c's lines."""
    print(what, type(e).__name__, 'errno=%r' % getattr(e, 'errno', None),
          'library=%r' % getattr(e, 'library', None), 'reason=%r' % getattr(e, 'reason', None))
