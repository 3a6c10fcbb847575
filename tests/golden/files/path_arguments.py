# open() with path-like, bytes and descriptor arguments; directory, null byte and closefd=False cases.
import os
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
with open(P("_path_arguments.txt"), "w") as f:
    print(repr(f.name))
with open(b"_path_arguments.txt", "rb") as f:
    print(repr(f.name), repr(f))
try:
    open(".", "w")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
os.chmod("_path_arguments.txt", 0o000)
try:
    if os.getuid() != 0:
        open("_path_arguments.txt")
    print("root or opened")
except PermissionError as e:
    print("PermissionError", e)
os.chmod("_path_arguments.txt", 0o644)
class BadPath:
    def __fspath__(self): return 5
try:
    open(BadPath())
except TypeError as e:
    print(e)
try:
    open("nul\0byte")
except ValueError as e:
    print(e)
fd = os.open("_path_arguments.txt", os.O_RDONLY)
f = open(fd, closefd=False)
f.close()
os.fstat(fd)
print("fd still open")
os.close(fd)
with open("_path_arguments.txt", "w", encoding="utf-8") as f:
    print(f.write("a\u00e9"), f.tell())
os.remove("_path_arguments.txt")
