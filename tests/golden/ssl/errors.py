# The SSL error family: classes, args, str() (CPython's "[LIB: REASON] text
# (_ssl.c:NNN)" wording) and attributes, raised by handshakes over memory.
import ssl
from _certs import *

for cls in (ssl.SSLError, ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLWantWriteError,
            ssl.SSLSyscallError, ssl.SSLEOFError, ssl.SSLCertVerificationError):
    e = cls(1, 'message')
    print(cls.__name__, str(e), e.errno, e.strerror, repr(cls('only')), str(cls('only')), str(cls()))

def pair(cctx, sctx, hostname='localhost'):
    c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    client = cctx.wrap_bio(c_in, c_out, server_hostname=hostname)
    server = sctx.wrap_bio(s_in, s_out, server_side=True)
    return client, server, (c_out, s_in), (s_out, c_in)

def handshake(client, server, *links):
    for _ in range(10):
        for name, obj in (('client', client), ('server', server)):
            try:
                obj.do_handshake()
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                print(name, type(e).__name__, e.args, 'library=%r reason=%r' % (e.library, e.reason))
                if isinstance(e, ssl.SSLCertVerificationError):
                    print('  verify', e.verify_code, e.verify_message)
                print('  str:', e)
                return
        for src, dst in links:
            data = src.read()
            if data:
                dst.write(data)


def run(cctx, sctx, hostname='localhost'):
    client, server, up, down = pair(cctx, sctx, hostname)
    handshake(client, server, up, down)

other = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
other.load_cert_chain(SELF_SIGNED_CERT, SELF_SIGNED_KEY)
run(client_context(), other, 'selfsigned.invalid')
run(client_context(), server_context(), 'example.org')
old = client_context()
old.maximum_version = ssl.TLSVersion.TLSv1_2
new = server_context()
new.minimum_version = ssl.TLSVersion.TLSv1_3
run(old, new)

o = client_context().wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='localhost')
for fn in (o.do_handshake, lambda: o.read(1)):
    try:
        fn()
    except ssl.SSLWantReadError as e:
        print(e.args, str(e), e.library, e.reason)
try:
    client_context().wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=True)
except ssl.SSLError as e:
    print(e.args, e.library, e.reason)
try:
    client_context().load_verify_locations(cadata='no certificate here')
except ssl.SSLError as e:
    print(e.args, e.library, e.reason)
try:
    client_context().set_ciphers('nothing')
except ssl.SSLError as e:
    print(e.args, str(e))
