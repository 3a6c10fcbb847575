# ssl imports over the native _ssl and exposes CPython's names and constants.
import ssl
import _ssl

print(ssl.OPENSSL_VERSION.startswith('OpenSSL 3.'), ssl.OPENSSL_VERSION_INFO[0], type(ssl.OPENSSL_VERSION_NUMBER).__name__)
for name in sorted(n for n in dir(_ssl) if n.isupper() or n.startswith(('PROTOCOL_', 'OP_', 'HAS_'))):
    value = getattr(_ssl, name)
    if name.startswith(('OPENSSL_', '_OPENSSL')):
        continue
    print(name, value)
print(_ssl._DEFAULT_CIPHERS)
for cls in (_ssl._SSLContext, _ssl._SSLSocket, _ssl.MemoryBIO, _ssl.SSLSession):
    print(cls.__name__, sorted(k for k in vars(cls) if not k.startswith('__') and k not in ('get_verified_chain', 'get_unverified_chain')))
for cls in (ssl.SSLError, ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLWantWriteError,
            ssl.SSLSyscallError, ssl.SSLEOFError, ssl.SSLCertVerificationError, ssl.CertificateError):
    print(cls.__module__, cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(list(ssl.TLSVersion), ssl.Options.OP_ALL, ssl.VerifyMode.CERT_REQUIRED, ssl.AlertDescription(40))
print(ssl.PROTOCOL_SSLv23 is ssl.PROTOCOL_TLS, ssl.Purpose.SERVER_AUTH, ssl.HAS_NEVER_CHECK_COMMON_NAME)
