# os.path over the native stat calls: exists/isfile/isdir/islink, sizes, samefile, realpath.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f")
    with open(f, "w") as fh:
        fh.write("abc")
    os.symlink(f, os.path.join(d, "l"))
    os.symlink(os.path.join(d, "none"), os.path.join(d, "broken"))
    for name in ("f", "l", "broken", "none", ""):
        p = os.path.join(d, name)
        print(repr(name), os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p),
              os.path.islink(p))
    print(os.path.getsize(f), os.path.samefile(f, os.path.join(d, "l")))
    print(os.path.realpath(os.path.join(d, "l")) == os.path.realpath(f))
    print(os.path.ismount("/"), os.path.ismount(d))
    print(type(os.path.getmtime(f)).__name__, type(os.path.getatime(f)).__name__)
    print(os.path.relpath(f, d), os.path.commonpath([f, os.path.join(d, "l")]) == d)
    old = os.getcwd()
    os.chdir(d)
    print(os.path.abspath("f") == os.path.realpath(f), os.getcwdb() == os.fsencode(os.getcwd()))
    os.chdir(old)
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
print(os.path.join("a", "b", "/c"), os.path.split("/a/b/c"), os.path.splitext("x.tar.gz"))
print(os.path.normpath("/a/./b/../c//d"), os.path.basename(b"/x/y"), os.path.dirname("/x/y"))
print(os.path.isabs("/x"), os.path.expandvars("$NO_SUCH_VAR_T/x"))
print(os.fspath("s"), os.fspath(b"b"))
class P:
    def __fspath__(self):
        return "/p"
print(os.fspath(P()), os.path.join(P(), "q"))
for bad in (5, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __fspath__(self):
        return 5
try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError", e)
