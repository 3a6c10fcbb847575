# linecache.checkcache and updatecache: entries are dropped when a file
# changes size or disappears; files without a trailing newline get one.
import linecache
import os

path = "/tmp/linecache_checkcache_%d.txt" % os.getpid()
with open(path, "w") as f:
    f.write("first\nsecond")
print(linecache.getlines(path))
linecache.checkcache(path)
print(path in linecache.cache)

with open(path, "w") as f:
    f.write("first\nsecond\nthird\n")
print(linecache.getline(path, 3) == "", "stale until checked")
linecache.checkcache(path)
print(path in linecache.cache)
print(linecache.getlines(path))

with open(path, "a") as f:
    f.write("fourth\n")
linecache.checkcache()
print(path in linecache.cache)
print(linecache.updatecache(path))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path))

linecache.checkcache("never/seen.py")
print(linecache.updatecache("<pseudo>"), linecache.updatecache(""))

# windows newlines and empty files
with open(path, "wb") as f:
    f.write(b"a\r\nb\r\n")
print(linecache.getlines(path))
with open(path, "w") as f:
    pass
linecache.checkcache(path)
print(linecache.getlines(path), repr(linecache.getline(path, 1)))
os.remove(path)
