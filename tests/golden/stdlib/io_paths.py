# io text and binary layers, encodings and newlines; os.path and glob in a temporary tree.
import glob
import io
import os
import tempfile

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16", newline="\r\n")
t.write("a\nβ\n")
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.read()), t.encoding, t.newlines)
t2 = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n"), newline=None)
print(repr(t2.read()), t2.newlines)
t3 = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="ascii", errors="replace")
print(repr(t3.read()))
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
s = io.StringIO("l1\nl2\nl3")
print(s.readline(), s.readlines(), s.tell(), s.seek(0), list(s))
br = io.BufferedReader(io.BytesIO(b"0123456789"), buffer_size=4)
print(br.peek(2)[:2], br.read(3), br.read1(10), br.read())
bw = io.BytesIO()
w = io.BufferedWriter(bw)
w.write(b"abc")
print(bw.getvalue(), w.flush(), bw.getvalue())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
f = io.StringIO()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as d:
    for rel in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", ".hidden.py"]:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    rels = lambda xs: sorted(os.path.relpath(x, d) for x in xs)
    print(rels(glob.glob(os.path.join(d, "*.py"))), rels(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rels(glob.glob("*.py", root_dir=d) and [os.path.join(d, x) for x in glob.glob("*.py", root_dir=d)]), glob.escape("a[b]*"))
    print(rels(glob.iglob(os.path.join(d, "s?b", "[cd].py"))), glob.has_magic("x*"))
    with open(os.path.join(d, "enc.txt"), "w", encoding="latin-1") as fh:
        fh.write("é")
    with open(os.path.join(d, "enc.txt"), "rb") as fh:
        print(fh.read())
    with open(os.path.join(d, "enc.txt"), encoding="latin-1") as fh:
        print(fh.read(), fh.encoding, fh.mode, fh.name.endswith("enc.txt"))
print(os.path.join("a", "/b", "c"), os.path.split("/x/y/"), os.path.splitext("arch.tar.gz"), os.path.normpath("a//b/../c/./d"))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interstellar", "internet"]), os.path.relpath("/a/b", "/a/c/d"))
print(os.path.basename("/p/q.txt"), os.path.dirname("/p/q.txt"), os.path.isabs("x"), os.path.expandvars("$NOPE_VAR/x"), os.path.normcase("A/B"))
