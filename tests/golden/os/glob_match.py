# glob and fnmatch over a small tree: wildcards, recursion, hidden files, bytes patterns.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for p in ("a.txt", "b.txt", "c.py", ".hidden", "sub/d.txt", "sub/deep/e.txt", "sub/deep/f.py"):
        full = os.path.join(d, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").close()
    rel = lambda paths: sorted(os.path.relpath(p, d) for p in paths)
    print(rel(glob.glob(os.path.join(d, "*.txt"))))
    print(rel(glob.glob(os.path.join(d, "*"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "?.py"))))
    print(rel(glob.glob(os.path.join(d, "[ab].txt"))))
    print(sorted(glob.glob("*.txt", root_dir=d)))
    print(sorted(glob.glob("**/*.txt", root_dir=d, recursive=True)))
    print(sorted(os.path.relpath(p, os.fsencode(d)) for p in glob.glob(os.path.join(os.fsencode(d), b"*.py"))))
    print(rel(glob.iglob(os.path.join(d, "sub", "*"))))
    print(glob.glob(os.path.join(d, "nothing*")), glob.escape("a[b]*?"))
