# Bad arguments to _ssl raise Python exceptions (never crash).
import socket
import ssl
import _ssl
from _certs import *

c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)

def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except ssl.SSLError as e:
        show_error(label, e)
    except Exception as e:
        print(label, type(e).__name__)

attempt('context no args', lambda: _ssl._SSLContext())
attempt('context str', lambda: _ssl._SSLContext('x'))
attempt('verify_mode str', lambda: setattr(c, 'verify_mode', 'x'))
attempt('options str', lambda: setattr(c, 'options', 'x'))
attempt('min version str', lambda: setattr(c, 'minimum_version', 'x'))
attempt('set_ciphers int', lambda: c.set_ciphers(3))
attempt('set_ciphers bad', lambda: c.set_ciphers('NOT-A-CIPHER'))
attempt('alpn int', lambda: c._set_alpn_protocols(3))
attempt('ecdh curve', lambda: s.set_ecdh_curve('not-a-curve'))
attempt('ecdh curve ok', lambda: s.set_ecdh_curve('prime256v1'))
attempt('dh params missing', lambda: s.load_dh_params(os.path.join(CERTS, 'missing.pem')))
attempt('wrap_socket not socket', lambda: c._wrap_socket(3, False))
attempt('wrap_bio not bio', lambda: c._wrap_bio(3, 4, False))
attempt('hostname int', lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname=3))
attempt('session bad', lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='a', session=3))
o = c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='localhost')
attempt('write str', lambda: o.write('text'))
attempt('read str', lambda: o.read('x'))
attempt('read into bytes', lambda: o.read(2, b'xx'))
attempt('peer cert early', lambda: o.getpeercert())
attempt('channel binding type', lambda: o.get_channel_binding('tls-nope'))
attempt('context set bad', lambda: setattr(o, 'context', 3))
attempt('session set bad', lambda: setattr(o, 'session', 3))
attempt('bio read str', lambda: ssl.MemoryBIO().read('x'))
attempt('decode cert int', lambda: _ssl._test_decode_cert(3))
attempt('RAND_add bad', lambda: ssl.RAND_add(3, 1.0))
attempt('txt2obj int', lambda: _ssl.txt2obj(3))
attempt('nid2obj str', lambda: _ssl.nid2obj('x'))
attempt('get_ca_certs', lambda: c.get_ca_certs(True))
sock = socket.socket()
wrapped = c.wrap_socket(sock, server_hostname='localhost', do_handshake_on_connect=False)
wrapped.close()
attempt('handshake on closed', lambda: wrapped.do_handshake())
attempt('write on closed', lambda: wrapped.write(b'x'))
