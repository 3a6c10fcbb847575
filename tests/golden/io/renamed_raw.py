# What tempfile.TemporaryFile does: the raw FileIO under an open() file is
# renamed to its descriptor, and every layer answers the new name.
import io
import os

path = "renamed_raw.tmp"
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
for mode in ["w+b", "w+"]:
    f = io.open(fd, mode, closefd=False)
    print(mode, f.name == fd, repr(f).replace(str(fd), "FD"))
    raw = getattr(f, "buffer", f)
    raw = getattr(raw, "raw", raw)
    raw.name = "renamed"
    print(f.name, getattr(f, "buffer", f).name, raw.name, repr(raw).replace(str(fd), "FD"))
    del raw.name
    print(repr(raw).replace(str(fd), "FD"))
    try:
        f.name
    except AttributeError as e:
        print("AttributeError", e)
    f.close()
f = io.FileIO(fd, closefd=False)
f.name = 7
print(f.name, repr(f))
os.close(fd)
os.remove(path)
