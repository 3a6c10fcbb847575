# linecache.getline/getlines/clearcache on real files, missing files,
# out-of-range lines and pseudo filenames.
import linecache
import os

sample = "_linecache_sample.py"
print(repr(linecache.getline(sample, 1)))
print(repr(linecache.getline(sample, 3)))
print(repr(linecache.getline(sample, 6)))
print(repr(linecache.getline(sample, 0)), repr(linecache.getline(sample, 7)), repr(linecache.getline(sample, -1)))
lines = linecache.getlines(sample)
print(len(lines), all(line.endswith("\n") for line in lines))
print(sample in linecache.cache, len(linecache.cache[sample]))
size, mtime, cached_lines, fullname = linecache.cache[sample]
print(size == os.stat(sample).st_size, cached_lines is lines, fullname)
print(linecache.getlines(sample) is lines)

print(linecache.getlines("no_such_file_here.py"), repr(linecache.getline("no_such_file_here.py", 1)))
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines("<stdin>"))
print("no_such_file_here.py" in linecache.cache)

# this very file
here = os.path.basename(__file__)
print(repr(linecache.getline(here, 1)))
print(linecache.getline(__file__, 2).rstrip())

linecache.clearcache()
print(len(linecache.cache))
print(repr(linecache.getline(sample, 2)))
print(sorted(linecache.__all__))
