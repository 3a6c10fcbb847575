# shutil: copy, copy2, copyfile, copytree, move, rmtree, disk_usage, which.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    j = lambda *p: os.path.join(d, *p)
    os.makedirs(j("src", "inner"))
    with open(j("src", "a.txt"), "w") as f:
        f.write("alpha")
    with open(j("src", "inner", "b.txt"), "w") as f:
        f.write("beta")
    os.utime(j("src", "a.txt"), (1000, 2000))
    shutil.copyfile(j("src", "a.txt"), j("copy.txt"))
    print(open(j("copy.txt")).read())
    shutil.copy2(j("src", "a.txt"), j("copy2.txt"))
    print(os.stat(j("copy2.txt")).st_mtime)
    print(os.path.basename(shutil.copy(j("src", "a.txt"), j("src", "inner"))))
    shutil.copytree(j("src"), j("dst"))
    print(sorted(os.path.relpath(os.path.join(t, n), j("dst")) for t, _, fs in os.walk(j("dst")) for n in fs))
    shutil.move(j("dst"), j("moved"))
    print(os.path.exists(j("dst")), sorted(os.listdir(j("moved"))))
    shutil.rmtree(j("moved"))
    print(sorted(os.listdir(d)))
    try:
        shutil.copyfile(j("copy.txt"), j("copy.txt"))
    except shutil.SameFileError as e:
        print("SameFileError")
    try:
        shutil.rmtree(j("missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == j("missing"))
    shutil.rmtree(j("missing"), ignore_errors=True)
    u = shutil.disk_usage(d)
    print(type(u).__name__, u.total >= u.used)
    print(shutil.which("sh") is not None, shutil.which("no-such-program-x"))
    shutil.copytree(j("src"), j("ign"), ignore=shutil.ignore_patterns("*.txt"))
    print(sorted(os.listdir(j("ign"))))
    shutil.copymode(j("src", "a.txt"), j("copy.txt"))
    shutil.copystat(j("src", "a.txt"), j("copy.txt"))
    print(os.stat(j("copy.txt")).st_mtime)
