# os.walk top-down and bottom-up, with pruning and followlinks, and os.fwalk.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for sub in ("a", "a/b", "a/b/c", "d", "e"):
        os.mkdir(os.path.join(d, sub))
    for f in ("x.txt", "a/y.txt", "a/b/z.txt", "a/b/c/w.txt", "d/v.txt"):
        with open(os.path.join(d, f), "w") as fh:
            fh.write(f)
    os.symlink(os.path.join(d, "d"), os.path.join(d, "e", "link"))

    def show(it):
        for top, dirs, files in it:
            dirs.sort()
            print(os.path.relpath(top, d), sorted(dirs), sorted(files))

    show(os.walk(d))
    print("--")
    show(os.walk(d, topdown=False))
    print("--")
    show(os.walk(d, followlinks=True))
    print("--")
    for top, dirs, files in os.walk(d):
        dirs[:] = [x for x in sorted(dirs) if x != "a"]
        print(os.path.relpath(top, d), sorted(files))
    print("--")
    for top, dirs, files, fd in os.fwalk(d):
        print(os.path.relpath(top, d), sorted(dirs), sorted(files), type(fd).__name__)
    print(list(os.walk(os.path.join(d, "missing"))))
    errors = []
    list(os.walk(os.path.join(d, "missing"), onerror=errors.append))
    print([type(e).__name__ for e in errors])
