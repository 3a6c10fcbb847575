# Address conversion errors with CPython's messages, the inet_* and byte
# order functions, numeric getaddrinfo/getnameinfo, and the exception types.
import _socket as S

s = S.socket()
for addr in [("", "x"), ("a",), "x", (1, 2), ("", 70000), ("", -1), (b"127.0.0.1", 0), ["127.0.0.1", 0]]:
    try:
        s.bind(addr)
        print("bound", addr)
    except (TypeError, OverflowError, OSError) as e:
        print(repr(addr), type(e).__name__, e)
s.close()
s6 = S.socket(S.AF_INET6)
for addr in [("::1", 0, 2**20), ("::1",), "::1"]:
    try:
        s6.bind(addr)
    except (TypeError, OverflowError) as e:
        print(repr(addr), type(e).__name__, e)
s6.close()
u = S.socket(S.AF_UNIX)
for addr in [1, ("a",)]:
    try:
        u.bind(addr)
    except TypeError as e:
        print(repr(addr), type(e).__name__, e)
u.close()

t = S.socket()
for call in [lambda: t.recv(-1), lambda: t.recv_into(bytearray(2), -1), lambda: t.recv_into(bytearray(2), 5),
             lambda: t.recv_into(b"ab"), lambda: t.send("text"), lambda: t.getsockopt(S.SOL_SOCKET, S.SO_TYPE, 0),
             lambda: t.sendto(b"x"), lambda: t.getpeername()]:
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
t.close()
try:
    S.socket(fileno=-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    S.socket(S.AF_INET, S.SOCK_STREAM, 0, 9999)
except OSError as e:
    print(type(e).__name__, e)
try:
    S.socket(12345)
except OSError as e:
    print(type(e).__name__, e.errno)

print(S.inet_aton("1.2.3.4"), S.inet_aton("127.1"), S.inet_ntoa(b"\x7f\x00\x00\x01"))
print(S.inet_pton(S.AF_INET, "10.0.0.1"), S.inet_ntop(S.AF_INET, b"\n\x00\x00\x01"))
packed = S.inet_pton(S.AF_INET6, "fe80::1:2")
print(packed.hex(), S.inet_ntop(S.AF_INET6, packed))
for call in [lambda: S.inet_aton("1.2.3.256"), lambda: S.inet_ntoa(b"abc"), lambda: S.inet_pton(S.AF_INET, "x"),
             lambda: S.inet_ntop(S.AF_INET, b"abc"), lambda: S.inet_ntop(99, b"abcd"), lambda: S.inet_aton(5)]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(S.htons(1), S.ntohs(256), S.htonl(1), S.ntohl(16777216))
for call in [lambda: S.htons(-1), lambda: S.htons(65536), lambda: S.htonl(-1), lambda: S.htonl(2**32),
             lambda: S.htonl("x"), lambda: S.htons("x")]:
    try:
        call()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

for info in S.getaddrinfo("127.0.0.1", 80, S.AF_INET, S.SOCK_STREAM):
    print(info)
for info in S.getaddrinfo("::1", "8080", S.AF_INET6, S.SOCK_DGRAM, 0, S.AI_NUMERICHOST):
    print(info)
print(S.getaddrinfo(None, 0, S.AF_INET, S.SOCK_STREAM, 0, S.AI_PASSIVE))
print(S.getaddrinfo(b"127.0.0.1", None, S.AF_INET, S.SOCK_DGRAM))
try:
    S.getaddrinfo("not a number", 80, 0, 0, 0, S.AI_NUMERICHOST)
except S.gaierror as e:
    print(type(e).__name__, e.errno == S.EAI_NONAME, e.strerror)
try:
    S.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print(type(e).__name__, e)
try:
    S.getaddrinfo(12, 80)
except TypeError as e:
    print(type(e).__name__, e)
print(S.getnameinfo(("127.0.0.1", 80), S.NI_NUMERICHOST | S.NI_NUMERICSERV))
print(S.gethostbyname("127.0.0.1"), S.gethostbyname(""), S.gethostbyname("<broadcast>"))
print(type(S.gethostname()).__name__)

print(S.error is OSError, S.herror.__mro__[1:3], S.gaierror.__module__, S.herror.__name__)
print(S.socket.__name__, S.socket.__module__, S.SocketType is S.socket, S.has_ipv6)
print(repr(S.socket.__init__)[:28])
