# ipaddress: addresses, networks and interfaces of both families; subnets,
# supernets, summarising and collapsing ranges, properties and errors.
import ipaddress as ip

for text in ["192.168.1.10", "10.0.0.1", "127.0.0.1", "224.0.0.5", "169.254.3.4", "8.8.8.8",
             "::1", "fe80::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.128", "2002:c000:204::1"]:
    a = ip.ip_address(text)
    flags = [p for p in ("is_private", "is_global", "is_loopback", "is_multicast", "is_link_local",
                         "is_reserved", "is_unspecified") if getattr(a, p)]
    print(f"{a!s:28} v{a.version} {int(a)} {a.reverse_pointer} {flags}")
v6 = ip.IPv6Address("::ffff:192.0.2.128")
print(v6.ipv4_mapped, ip.IPv6Address("2002:c000:204::1").sixtofour, v6.exploded, v6.compressed)
print(ip.IPv6Address("2001:db8::1%eth0").scope_id, ip.ip_address(3232235777), ip.ip_address(b"\x7f\x00\x00\x01"))

net = ip.ip_network("10.1.0.0/16")
print(net, net.netmask, net.hostmask, net.broadcast_address, net.num_addresses, net.prefixlen, net.with_netmask)
subs = list(net.subnets(new_prefix=18))
print(subs, net.supernet(prefixlen_diff=8))
print(list(ip.ip_network("192.0.2.0/29").hosts()))
print(ip.ip_address("10.1.200.3") in net, ip.ip_network("10.1.4.0/24").subnet_of(net), net.overlaps(ip.ip_network("10.0.0.0/8")))
print(list(net.address_exclude(ip.ip_network("10.1.128.0/18"))))
print(list(ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))))
print(list(ip.collapse_addresses([ip.ip_network(n) for n in
      ["192.0.2.0/26", "192.0.2.64/26", "192.0.2.128/25", "198.51.100.0/24", "198.51.100.0/25"]])))
print(ip.ip_network("192.168.0.0/255.255.255.0"), ip.ip_network("10.0.0.5/8", strict=False))
print(ip.ip_network(("10.0.0.0", 24)), ip.ip_network("2001:db8::/126").num_addresses)
print(list(ip.ip_network("2001:db8::/126")), ip.ip_network("2001:db8::/32").supernet())

iface = ip.ip_interface("192.168.5.77/27")
print(iface, iface.ip, iface.network, iface.with_prefixlen, iface.with_hostmask)
print(ip.IPv6Interface("fe80::5/64").network, ip.IPv6Interface("fe80::5/64").ip.is_link_local)
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("10.0.0.1"), ip.ip_address("9.255.255.255")]))
print(ip.ip_address("10.0.0.1") + 255, ip.ip_address("10.0.0.1") - 2, ip.ip_address("::") + 2**64)
print(ip.IPv4Network("10.0.0.0/30").compare_networks(ip.IPv4Network("10.0.0.0/24")))
print(hash(ip.ip_address("1.2.3.4")) == hash(ip.ip_address("1.2.3.4")), ip.ip_address("1.2.3.4") == ip.ip_address("1.2.3.4"))
print(repr(ip.ip_network("10.0.0.0/8")), repr(ip.ip_interface("::1/128")), format(ip.ip_address("10.0.0.1"), "b")[:12], format(ip.ip_address("::1"), "x"))

for bad in ["256.1.1.1", "1.2.3", "10.0.0.1/33", "10.0.0.1/24", "::1::2", "1.2.3.04", "gggg::", "10.0.0.0/255.0.255.0"]:
    try:
        if "/" in bad:
            ip.ip_network(bad)
        else:
            ip.ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ip.ip_address("1.2.3.4") < ip.ip_address("::1")
except TypeError as e:
    print("TypeError", e)
