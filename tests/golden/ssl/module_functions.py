# The module-level functions of _ssl and the helpers ssl.py builds on them.
import ssl
import _ssl
from _certs import *

print(len(ssl.RAND_bytes(16)), ssl.RAND_bytes(0), ssl.RAND_status())
ssl.RAND_add('some entropy', 2.0)
ssl.RAND_add(b'more', 1)
for bad in (-1, 'x'):
    try:
        ssl.RAND_bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(_ssl.txt2obj('1.3.6.1.5.5.7.3.1'), _ssl.txt2obj('serverAuth', name=True))
print(_ssl.nid2obj(13), _ssl.nid2obj(129))
for fn, arg in ((_ssl.txt2obj, 'nothing'), (_ssl.txt2obj, 'serverAuth'), (_ssl.nid2obj, 0), (_ssl.nid2obj, -3), (_ssl.nid2obj, 99999), (_ssl.txt2obj, '1.2.3.4.5')):
    try:
        fn(arg)
    except ValueError as e:
        print('ValueError', e)
print(ssl.Purpose.SERVER_AUTH, ssl.Purpose.SERVER_AUTH.oid, ssl.Purpose.CLIENT_AUTH.nid)
print(ssl._ASN1Object.fromname('serverAuth') == ssl.Purpose.SERVER_AUTH)
paths = _ssl.get_default_verify_paths()
print(len(paths), paths[0], paths[2])
print(type(ssl.get_default_verify_paths()).__name__)
pem = open(CA).read()
der = ssl.PEM_cert_to_DER_cert(pem)
print(ssl.DER_cert_to_PEM_cert(der) == pem)
decoded = _ssl._test_decode_cert(CA)
print(decoded['subject'], decoded['serialNumber'], decoded['version'])
print(ssl.cert_time_to_seconds(decoded['notAfter']) > ssl.cert_time_to_seconds(decoded['notBefore']))
print(sorted(_ssl._test_decode_cert(SELF_SIGNED_CERT)))
