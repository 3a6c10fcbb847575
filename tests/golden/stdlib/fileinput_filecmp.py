# fileinput over several files (line numbers, file boundaries, in-place
# editing with backup) and filecmp (cmp, cmpfiles, dircmp) on a temp tree.
import filecmp
import fileinput
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def write(rel, text):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    a = write("a.txt", "alpha\nbeta\n")
    b = write("b.txt", "gamma\n\ndelta")
    c = write("c.txt", "")
    with fileinput.input([a, c, b]) as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), repr(line))
    with fileinput.input(files=(a, b), mode="rb") as fi:
        print([line for line in fi][:3])
    for line in fileinput.input(b, inplace=True, backup=".bak"):
        print(line.rstrip("\n").upper())
    with open(b) as f:
        print(repr(f.read()))
    print(sorted(os.listdir(tmp)))
    hook = fileinput.hook_encoded("utf-8")
    with fileinput.FileInput([a], openhook=hook) as fi:
        first = next(fi)
        fi.nextfile()
        print(repr(first), list(fi))

    write("left/same.txt", "same\n")
    write("right/same.txt", "same\n")
    write("left/diff.txt", "one\n")
    write("right/diff.txt", "two\n")
    write("left/only_left.txt", "x")
    write("right/only_right.txt", "y")
    write("left/sub/inner.txt", "in")
    write("right/sub/inner.txt", "out")
    write("left/kind", "file")
    os.makedirs(os.path.join(tmp, "right/kind"))
    L, R = os.path.join(tmp, "left"), os.path.join(tmp, "right")
    print(filecmp.cmp(os.path.join(L, "same.txt"), os.path.join(R, "same.txt")))
    print(filecmp.cmp(os.path.join(L, "diff.txt"), os.path.join(R, "diff.txt"), shallow=False))
    print(filecmp.cmpfiles(L, R, ["same.txt", "diff.txt", "missing.txt"], shallow=False))
    d = filecmp.dircmp(L, R)
    print(sorted(d.left_only), sorted(d.right_only), sorted(d.common_dirs), sorted(d.common_files))
    print(sorted(d.same_files), sorted(d.diff_files), sorted(d.funny_files), sorted(d.common_funny))
    print(sorted(d.subdirs), d.subdirs["sub"].diff_files)
    filecmp.clear_cache()
