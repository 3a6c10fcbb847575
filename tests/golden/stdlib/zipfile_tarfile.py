# zipfile and tarfile archives built and read entirely in memory: members,
# compression methods, metadata, extracting to a temp dir, appending, and
# the errors for bad archives.
import io
import os
import tarfile
import tempfile
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("readme.txt", "hello zip\n" * 20)
    info = zipfile.ZipInfo("data/raw.bin", date_time=(2020, 5, 17, 12, 30, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    z.writestr(info, bytes(range(256)))
    z.writestr("data/notes.md", "# notes\n", compress_type=zipfile.ZIP_BZIP2)
    z.writestr("lz.txt", "lzma " * 50, compress_type=zipfile.ZIP_LZMA)
    z.mkdir("empty_dir") if hasattr(z, "mkdir") else None
    z.comment = b"archive comment"
data = buf.getvalue()
print(data[:4], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"nope")))

with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_type, i.is_dir(), i.date_time if i.filename == "data/raw.bin" else "")
    print(z.read("readme.txt")[:9], len(z.read("lz.txt")), z.testzip())
    with z.open("data/raw.bin") as f:
        print(f.read(4), f.read(2))
    print(z.getinfo("data/notes.md").CRC == __import__("zlib").crc32(b"# notes\n"))
    try:
        z.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    with tempfile.TemporaryDirectory() as tmp:
        z.extractall(tmp)
        found = sorted(os.path.relpath(os.path.join(r, f), tmp) for r, d, fs in os.walk(tmp) for f in fs)
        print(found)
    p = zipfile.Path(z)
    print(sorted(x.name for x in p.iterdir()), (p / "data" / "notes.md").read_text(), (p / "data").is_dir())

with zipfile.ZipFile(buf, "a") as z:
    z.writestr("added.txt", "late")
with zipfile.ZipFile(buf) as z:
    print(z.namelist()[-1], z.read("added.txt"))
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04garbage"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as t:
    for name, payload in [("pkg/a.txt", b"alpha"), ("pkg/sub/b.txt", b"beta" * 100)]:
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1_600_000_000
        ti.mode = 0o640
        ti.uname, ti.gname = "user", "group"
        t.addfile(ti, io.BytesIO(payload))
    d = tarfile.TarInfo("pkg/dir")
    d.type = tarfile.DIRTYPE
    d.mode = 0o755
    t.addfile(d)
    link = tarfile.TarInfo("pkg/link")
    link.type = tarfile.SYMTYPE
    link.linkname = "a.txt"
    t.addfile(link)
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:*") as t:
    for m in t.getmembers():
        print(m.name, m.size, oct(m.mode), m.isfile(), m.isdir(), m.issym(), m.linkname, m.uname, m.mtime)
    print(t.getnames())
    print(t.extractfile("pkg/sub/b.txt").read()[:8], t.extractfile("pkg/dir"))
    with tempfile.TemporaryDirectory() as tmp:
        t.extractall(tmp, members=[m for m in t.getmembers() if m.isfile()])
        with open(os.path.join(tmp, "pkg/a.txt"), "rb") as f:
            print(f.read())
print(tarfile.is_tarfile(io.BytesIO(tbuf.getvalue())))

plain = io.BytesIO()
with tarfile.open(fileobj=plain, mode="w", format=tarfile.PAX_FORMAT) as t:
    ti = tarfile.TarInfo("long/" + "x" * 120 + ".txt")
    ti.size = 3
    ti.pax_headers = {"comment": "pax!"}
    t.addfile(ti, io.BytesIO(b"abc"))
plain.seek(0)
with tarfile.open(fileobj=plain) as t:
    m = t.next()
    print(len(m.name), m.pax_headers.get("comment"), t.extractfile(m).read())
try:
    tarfile.open(fileobj=io.BytesIO(b"not a tar" * 100))
except tarfile.ReadError as e:
    print("ReadError", e)
