# Loading certificates, keys (with passwords) and CAs into a context.
import ssl
from _certs import *

def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except ssl.SSLError as e:
        show_error(label, e)
    except Exception as e:
        print(label, type(e).__name__, e)

s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
attempt('cert and key', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY))
attempt('combined', lambda: s.load_cert_chain(SERVER_COMBINED))
attempt('password str', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, PASSWORD))
attempt('password bytes', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, PASSWORD.encode()))
attempt('password bytearray', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, bytearray(PASSWORD.encode())))
calls = []
def callback():
    calls.append(1)
    return PASSWORD
attempt('password callback', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, callback))
print('callback calls', len(calls))
attempt('wrong password', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, 'nope'))
def raising():
    raise KeyError('from callback')
attempt('callback raises', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, raising))
attempt('callback bad type', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, lambda: 3))
attempt('password too long', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, 'x' * 2000))
attempt('password bad type', lambda: s.load_cert_chain(SERVER_CERT, SERVER_KEY_ENCRYPTED, 3.5))
attempt('key mismatch', lambda: s.load_cert_chain(SERVER_CERT, SELF_SIGNED_KEY))
attempt('missing file', lambda: s.load_cert_chain(os.path.join(CERTS, 'missing.pem')))
attempt('not a cert', lambda: s.load_cert_chain(SERVER_KEY))
attempt('certfile type', lambda: s.load_cert_chain(3))

c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(c.cert_store_stats(), c.get_ca_certs())
attempt('cafile', lambda: c.load_verify_locations(CA))
print(c.cert_store_stats())
attempt('same again', lambda: c.load_verify_locations(cafile=CA))
print(c.cert_store_stats())
for cert in c.get_ca_certs():
    for key in sorted(cert):
        print(' ', key, cert[key])
der = c.get_ca_certs(binary_form=True)[0]
print(type(der).__name__, der[:1])

with open(SELF_SIGNED_CERT) as f:
    pem = f.read()
c2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
attempt('cadata pem', lambda: c2.load_verify_locations(cadata=pem))
print(c2.cert_store_stats())
c3 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
attempt('cadata der', lambda: c3.load_verify_locations(cadata=ssl.PEM_cert_to_DER_cert(pem) + der))
print(c3.cert_store_stats())
attempt('cadata junk str', lambda: c3.load_verify_locations(cadata='junk'))
attempt('cadata junk bytes', lambda: c3.load_verify_locations(cadata=b'junk'))
attempt('cadata non-ascii', lambda: c3.load_verify_locations(cadata='caf\xe9'))
attempt('cadata bad type', lambda: c3.load_verify_locations(cadata=3))
attempt('nothing', lambda: c3.load_verify_locations())
attempt('cafile missing', lambda: c3.load_verify_locations(os.path.join(CERTS, 'missing.pem')))
attempt('capath', lambda: c3.load_verify_locations(capath=CERTS))
c3.set_default_verify_paths()
print('defaults loaded')

decoded = ssl._ssl._test_decode_cert(SERVER_CERT)
for key in sorted(decoded):
    print(key, decoded[key])
attempt('decode missing', lambda: ssl._ssl._test_decode_cert(os.path.join(CERTS, 'missing.pem')))
attempt('decode key', lambda: ssl._ssl._test_decode_cert(SERVER_KEY))
