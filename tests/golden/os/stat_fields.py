# os.stat_result: field types, sequence length, hidden fields and construction.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with open(path, "wb") as f:
        f.write(b"hello world")
    st = os.stat(path)
    print(type(st).__name__, type(st).__module__, len(st))
    print(st.st_size, st[6], st.st_nlink)
    for name in ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                 "st_blksize", "st_blocks", "st_rdev"):
        print(name, type(getattr(st, name)).__name__)
    print(type(st[7]).__name__, st[7] == int(st.st_atime))
    print(st.st_mtime_ns // 10**9 == st[8])
    print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
    print(os.stat_result.__match_args__)
    print(os.lstat(path).st_size, os.fstat(os.open(path, os.O_RDONLY)).st_size)

s = os.stat_result(tuple(range(10)))
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize)
print(s)
s = os.stat_result(tuple(range(10)), {"st_atime": 2.5, "st_blksize": 4096})
print(s.st_atime, s.st_blksize)
print(s.__reduce__()[1][0])
for bad in [(1, 2), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.st_mode = 5
except AttributeError as e:
    print("AttributeError")
