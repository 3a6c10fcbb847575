# selectors over socket pairs and pipes (register/modify/unregister, select
# with timeouts), io text/binary layering, and tempfile spooled/named files.
import io
import os
import selectors
import socket
import tempfile

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
r, w = os.pipe()
key_a = sel.register(a, selectors.EVENT_READ, data="sock-a")
sel.register(r, selectors.EVENT_READ, data="pipe")
print(key_a.events == selectors.EVENT_READ, key_a.data, sel.get_key(a).fd == a.fileno())
print(sel.select(timeout=0))
b.send(b"ping")
os.write(w, b"pipe data")
ready = sorted((k.data, ev) for k, ev in sel.select(timeout=1))
print(ready)
print(a.recv(10), os.read(r, 100))
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="rw")
print([(k.data, ev & selectors.EVENT_WRITE != 0) for k, ev in sel.select(timeout=1)])
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError:
    print("KeyError after unregister")
try:
    sel.register(r, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "already registered" in str(e))
print(len(sel.get_map()), sorted(k.data for k in sel.get_map().values()))
sel.close()
a.close()
b.close()
os.close(r)
os.close(w)

raw = io.BytesIO()
text = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-16-le", newline="\r\n")
text.write("one\ntwo\n")
text.flush()
print(raw.getvalue())
text.detach()
t2 = io.TextIOWrapper(io.BytesIO("α\nβ\r\nγ\rδ".encode()), encoding="utf-8", newline=None)
print(t2.readlines(), t2.newlines)
t3 = io.TextIOWrapper(io.BytesIO(b"x\r\ny"), encoding="ascii", newline="")
print(t3.readlines())
s = io.StringIO("abc\ndef\n")
s.seek(4)
print(s.readline(), s.tell(), s.read(), s.getvalue().upper())
brw = io.BufferedRandom(io.BytesIO(b"0123456789"))
brw.seek(3)
brw.write(b"xy")
brw.seek(0)
print(brw.read(), brw.peek(1)[:0], io.DEFAULT_BUFFER_SIZE >= 4096)
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)

with tempfile.SpooledTemporaryFile(max_size=10, mode="w+b") as sp:
    sp.write(b"small")
    print(sp._rolled, end=" ")
    sp.write(b" and now bigger than ten")
    print(sp._rolled)
    sp.seek(0)
    print(sp.read())
with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="demo_", delete=True) as nt:
    nt.write("named")
    nt.flush()
    base = os.path.basename(nt.name)
    print(base.startswith("demo_"), base.endswith(".txt"), open(nt.name).read())
print(os.path.exists(nt.name))
with tempfile.TemporaryDirectory(prefix="tdir_") as d:
    fd, path = tempfile.mkstemp(dir=d, suffix=".bin")
    os.write(fd, b"x")
    os.close(fd)
    print(os.path.dirname(path) == d, os.path.getsize(path), os.path.basename(d).startswith("tdir_"))
print(os.path.exists(d), tempfile.gettempdir() == tempfile.tempdir or tempfile.tempdir is None)
