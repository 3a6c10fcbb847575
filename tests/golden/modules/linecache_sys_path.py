# linecache finds relative filenames under sys.path entries, skips entries
# that are not strings, and decodes files by their coding declaration.
import linecache
import os
import sys

print(repr(linecache.getline("found_on_path.py", 2)))
sys.path.insert(0, 42)
sys.path.insert(0, os.path.join(os.getcwd(), "_linecache_dir"))
print(repr(linecache.getline("found_on_path.py", 2)))
entry = linecache.cache["found_on_path.py"]
print(entry[3].endswith(os.path.join("_linecache_dir", "found_on_path.py")), len(entry[2]))
print(repr(linecache.getline("/nonexistent/absolute/found_on_path.py", 1)))
print(linecache.getlines("latin1_source.py"))
print(linecache.getlines("bom_source.py"))
sys.path.pop(0)
sys.path.pop(0)
linecache.checkcache()
print("found_on_path.py" in linecache.cache)
