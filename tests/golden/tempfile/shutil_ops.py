# tempfile and shutil: temp files and dirs, copy/move/rmtree/make_archive, which, disk_usage shape, ignore patterns.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="tp-") as d:
    print(os.path.basename(d).startswith("tp-"), os.path.isdir(d))
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=d, delete=False) as f:
        f.write("data\n" * 3)
        name = f.name
    print(name.endswith(".txt"), os.path.getsize(name))
    with tempfile.TemporaryFile() as t:
        t.write(b"abc")
        t.seek(0)
        print(t.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as s:
        s.write(b"x" * 5)
        print(s._rolled)
        s.write(b"x" * 10)
        print(s._rolled)
    fd, path = tempfile.mkstemp(dir=d)
    os.write(fd, b"12")
    os.close(fd)
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "a", "b"))
    for rel in ["a/one.txt", "a/b/two.log", "three.txt"]:
        with open(os.path.join(src, rel), "w") as fh:
            fh.write(rel)
    dst = os.path.join(d, "dst")
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.log"))
    print(sorted(os.path.relpath(os.path.join(r, f), dst) for r, _, fs in os.walk(dst) for f in fs))
    shutil.copy2(name, os.path.join(d, "copy.txt"))
    shutil.copyfile(name, os.path.join(d, "copy2.txt"))
    print(open(os.path.join(d, "copy.txt")).read() == open(name).read())
    shutil.move(os.path.join(d, "copy2.txt"), os.path.join(dst, "moved.txt"))
    print(sorted(os.listdir(dst)))
    arch = shutil.make_archive(os.path.join(d, "arch"), "gztar", root_dir=src)
    print(os.path.basename(arch))
    out = os.path.join(d, "unpacked")
    shutil.unpack_archive(arch, out)
    print(sorted(os.path.relpath(os.path.join(r, f), out) for r, _, fs in os.walk(out) for f in fs))
    zarch = shutil.make_archive(os.path.join(d, "z"), "zip", root_dir=src)
    shutil.unpack_archive(zarch, os.path.join(d, "zout"))
    print(sorted(os.listdir(os.path.join(d, "zout"))))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    try:
        shutil.rmtree(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        shutil.copytree(src, out)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-cmd"), len(shutil.disk_usage("/")), shutil.get_terminal_size((80, 24)).columns > 0)
print(sorted(n for n, _ in shutil.get_archive_formats()), tempfile.gettempdir() == tempfile.gettempdir())
