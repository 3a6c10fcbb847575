# shutil on a temporary tree (copytree with ignore, move, rmtree, archives,
# disk_usage/which basics), glob and fnmatch patterns over it, and gzip/bz2
# round trips with file objects.
import bz2
import fnmatch
import glob
import gzip
import io
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def write(rel, data=b"data"):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)

    for rel in ["src/a.py", "src/b.txt", "src/pkg/c.py", "src/pkg/.hidden", "src/build/out.o", "src/d.PY"]:
        write(rel, rel.encode())
    os.chdir(tmp)
    print(sorted(glob.glob("src/*.py")), sorted(glob.glob("src/**/*.py", recursive=True)))
    print(sorted(glob.glob("src/[ab].*")), sorted(glob.glob("src/*", include_hidden=False)), sorted(glob.glob("src/pkg/.*")))
    print(sorted(glob.glob("*.py", root_dir="src")), glob.escape("a[b]*?"), sorted(glob.iglob("src/**/", recursive=True)))
    names = ["a.py", "B.PY", "c.txt", ".hidden", "data_01.csv"]
    print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("B.PY", "*.py"), fnmatch.fnmatchcase("B.PY", "*.py"))
    print(fnmatch.translate("data_[0-9]?.c*"), fnmatch.filter(names, "[!a-c]*"))

    shutil.copytree("src", "copy", ignore=shutil.ignore_patterns("build", "*.txt"))
    print(sorted(os.path.relpath(os.path.join(r, f), "copy") for r, d, fs in os.walk("copy") for f in fs))
    shutil.copy2("src/a.py", "single.py")
    shutil.copyfile("src/b.txt", "b_copy.txt")
    print(open("single.py", "rb").read(), os.path.getsize("b_copy.txt"), shutil.copymode("src/a.py", "b_copy.txt"))
    shutil.move("b_copy.txt", "moved/") if os.path.isdir("moved") else shutil.move("b_copy.txt", "moved.txt")
    print(sorted(os.listdir(".")))
    try:
        shutil.copytree("src", "copy")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree("src/pkg", "copy/pkg", dirs_exist_ok=True)
    archive = shutil.make_archive(os.path.join(tmp, "bundle"), "gztar", root_dir="src", base_dir="pkg")
    print(os.path.basename(archive), sorted(n for n, d in shutil.get_archive_formats())[:3])
    shutil.unpack_archive(archive, "unpacked")
    print(sorted(os.listdir("unpacked/pkg")))
    shutil.rmtree("copy")
    print(os.path.exists("copy"), shutil.which("definitely-not-a-command-xyz"), shutil.disk_usage(".").total > 0)
    errors = []
    shutil.rmtree("does-not-exist", onerror=lambda f, p, e: errors.append(e[0].__name__))
    print(errors, shutil.get_terminal_size((80, 24)).columns > 0)
    os.chdir("/")

payload = b"hello gzip " * 50
blob = gzip.compress(payload, compresslevel=9, mtime=0)
print(blob[:4], len(blob) < len(payload), gzip.decompress(blob) == payload)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="x.txt") as f:
    f.write(b"line one\nline two\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readline(), f.read(), f.name if hasattr(f, "name") else None)
with gzip.open(io.BytesIO(gzip.compress("ünïcode\n".encode(), mtime=0)), "rt", encoding="utf-8") as f:
    print(f.read())
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
bz = bz2.compress(payload)
print(bz[:3], bz2.decompress(bz) == payload)
d = bz2.BZ2Decompressor()
print(d.decompress(bz[:20]) + d.decompress(bz[20:]) == payload, d.eof)
