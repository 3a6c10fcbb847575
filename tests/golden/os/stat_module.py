# stat.py over the native _stat: the S_IS* tests, S_IMODE, S_IFMT, filemode and constants.
import _stat
import os
import stat
import tempfile

for mode in (0o100644, 0o40755, 0o120777, 0o10600, 0o20620, 0o60660, 0o140755, 0o104755, 0o102755,
             0o41777, 0o41776, 0o100000, 0o7777, 0):
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_ISFIFO(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISSOCK(mode),
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0), stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_IMMUTABLE, stat.S_ENFMT)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
for bad in ("x", -1, 1.5):
    try:
        stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    stat.S_IMODE(1, 2)
except TypeError as e:
    print("TypeError", e)
with tempfile.TemporaryDirectory() as d:
    st = os.stat(d)
    print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], stat.S_ISDIR(st[stat.ST_MODE]))
print(sorted(n for n in dir(_stat) if not n.startswith("_"))[:12])
