# configparser, struct-free binary formats: zipfile, tarfile, gzip in memory; uuid (name-based), ipaddress, graphlib.
import configparser
import graphlib
import gzip
import io
import ipaddress
import tarfile
import uuid
import zipfile

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
base = /opt
[app]
path = %(base)s/app
debug = yes
count = 3
[empty]
""")
print(cp.sections(), cp["app"]["path"], cp.getboolean("app", "debug"), cp.getint("app", "count"), cp.get("empty", "base"))
print(dict(cp["app"]), cp.has_option("app", "nope"), cp.get("app", "nope", fallback="fb"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.read_string("[dup]\na=1\n[dup]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError", e)
try:
    configparser.ConfigParser().read_string("no section")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError", e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "hello " * 50)
    z.writestr("dir/b.bin", bytes(range(10)))
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read("a.txt")[:12], [(i.filename, i.file_size) for i in z.infolist()], z.testzip())
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
    data = b"tar data"
    info = tarfile.TarInfo("x/y.txt")
    info.size = len(data)
    info.mtime = 0
    tf.addfile(info, io.BytesIO(data))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:gz") as tf:
    print(tf.getnames(), tf.extractfile("x/y.txt").read())
g = gzip.compress(b"abc" * 100, mtime=0)
print(len(g) < 100, gzip.decompress(g)[:6])
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "x"), uuid.UUID("12345678123456781234567812345678").hex)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.version, u.variant, u.int, u.urn, uuid.UUID(bytes=u.bytes) == u)
net = ipaddress.ip_network("192.168.0.0/28")
print(net, net.num_addresses, list(net.hosts())[:3], net.broadcast_address, ipaddress.ip_address("10.0.0.1") in net)
print(ipaddress.ip_address("::1"), ipaddress.IPv6Address("2001:db8::1").exploded, ipaddress.ip_interface("10.1.2.3/24").network, list(net.subnets(prefixlen_diff=2)))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError", e)
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args[0])
