# Services, protocols and interfaces by name and number (netbase's
# /etc/services and /etc/protocols, the loopback interface), and their errors.
import _socket as S

print(S.getservbyname("http"), S.getservbyname("http", "tcp"), S.getservbyport(80), S.getservbyport(53, "udp"))
print(S.getprotobyname("tcp"), S.getprotobyname("udp"))
print(S.if_nametoindex("lo"), S.if_indextoname(S.if_nametoindex("lo")), (S.if_nametoindex("lo"), "lo") in S.if_nameindex())
print(S.getnameinfo(("127.0.0.1", 80), S.NI_NUMERICHOST), S.getnameinfo(("::1", 80, 0, 0), S.NI_NUMERICHOST))
for call in [lambda: S.getservbyname("no-such-service"), lambda: S.getservbyport(70000), lambda: S.getprotobyname("nope"),
             lambda: S.if_nametoindex("nope0"), lambda: S.if_indextoname(-1), lambda: S.if_indextoname("x"),
             lambda: S.if_nametoindex(5), lambda: S.getnameinfo(["127.0.0.1", 80], 0),
             lambda: S.getnameinfo(("127.0.0.1", 80, 0, 0), 0), lambda: S.gethostbyname(5), lambda: S.sethostname(5)]:
    try:
        print(call())
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
