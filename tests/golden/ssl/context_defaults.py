# _SSLContext defaults per protocol and its settable attributes.
import ssl
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

for proto in (ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.PROTOCOL_TLS):
    c = ssl.SSLContext(proto)
    print(c.protocol, c.verify_mode, c.check_hostname, c.options, c.minimum_version, c.maximum_version,
          c.verify_flags, c._host_flags, c.post_handshake_auth, c.sni_callback, c.keylog_filename)

c = ssl.create_default_context()
print(type(c).__name__, c.protocol, c.verify_mode, c.check_hostname, ssl.Options.OP_NO_SSLv3 in c.options)
s = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(s.protocol, s.verify_mode, s.check_hostname)

def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('verify none while checking', lambda: setattr(c, 'verify_mode', ssl.CERT_NONE))
attempt('verify bad', lambda: setattr(c, 'verify_mode', 7))
c.check_hostname = False
c.verify_mode = ssl.CERT_NONE
print(c.verify_mode, c.check_hostname)
c.check_hostname = True
print('checking again turns verification on:', c.verify_mode)
c.verify_mode = ssl.CERT_OPTIONAL
print(c.verify_mode)

c.minimum_version = ssl.TLSVersion.TLSv1_2
c.maximum_version = ssl.TLSVersion.TLSv1_3
print(c.minimum_version, c.maximum_version)
c.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
c.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
print(c.minimum_version, c.maximum_version)
attempt('bad version', lambda: setattr(c, 'minimum_version', 0x999))

opts = c.options
c.options |= ssl.OP_NO_TICKET
print(ssl.OP_NO_TICKET in c.options)
c.options = opts
print(ssl.OP_NO_TICKET in c.options, c.options == opts)

c.verify_flags |= ssl.VERIFY_X509_STRICT
print(c.verify_flags)
c.hostname_checks_common_name = True
print(c.hostname_checks_common_name, c._host_flags)
c.hostname_checks_common_name = False
print(c.hostname_checks_common_name, c._host_flags)

attempt('sni on client', lambda: setattr(c, 'sni_callback', print))
s.sni_callback = lambda *a: None
print(callable(s.sni_callback))
attempt('sni not callable', lambda: setattr(s, 'sni_callback', 3))
s.sni_callback = None
print(s.sni_callback)
attempt('num_tickets client', lambda: setattr(c, 'num_tickets', 1))
s.num_tickets = 1
print(s.num_tickets)
attempt('num_tickets negative', lambda: setattr(s, 'num_tickets', -1))
c.post_handshake_auth = True
print(c.post_handshake_auth)
attempt('bad protocol', lambda: ssl.SSLContext(99))
attempt('server socket from client context',
        lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=True))
attempt('client socket from server context',
        lambda: s.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=False))
attempt('hostname empty', lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname=''))
attempt('hostname dot', lambda: c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='.x'))
attempt('check_hostname without hostname', lambda: type(c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO())).__name__)
c.set_alpn_protocols(['h2', 'http/1.1'])
attempt('alpn too long', lambda: c.set_alpn_protocols(['x' * 300]))
print(c.session_stats())
