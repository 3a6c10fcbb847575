import os
import os.path
base = os.path.join(os.getcwd(), "_os_scratch")
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "one.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(base, "a", "b", "two.txt"), "w") as f:
    f.write("x" * 100)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
st = os.stat(os.path.join(base, "a", "b", "two.txt"))
print(st.st_size, os.path.getsize(os.path.join(base, "a", "one.txt")), st[6], len(st))
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(os.path.join(base, "nope")))
os.rename(os.path.join(base, "a", "one.txt"), os.path.join(base, "a", "uno.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))))
try:
    os.remove(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.mkdir(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(os.path.join(base, "a")))
print(entries)
os.environ["TAIPAN_TEST_VAR"] = "value"
print(os.environ["TAIPAN_TEST_VAR"], os.getenv("TAIPAN_TEST_VAR"), os.getenv("TAIPAN_NOPE", "default"))
del os.environ["TAIPAN_TEST_VAR"]
print("TAIPAN_TEST_VAR" in os.environ)
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.fspath("p"), len(os.urandom(8)))
fd = os.open(os.path.join(base, "raw.bin"), os.O_WRONLY | os.O_CREAT)
print(os.write(fd, b"raw bytes"))
os.close(fd)
fd = os.open(os.path.join(base, "raw.bin"), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
