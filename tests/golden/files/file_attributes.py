# Attributes and reprs of file objects in each layer.
import os
import io

name = "_attrs.txt"
with open(name, "w", encoding="utf-8") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.errors, f.line_buffering)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
    print(repr(f) == f"<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase))
with open(name, "rb") as f:
    print(repr(f) == f"<_io.BufferedReader name='{name}'>", f.name, f.mode)
with open(name, "ab") as f:
    print(type(f).__name__, f.mode)
with open(name, "r+b") as f:
    print(type(f).__name__, f.mode)
with open(name, "rb", buffering=0) as f:
    print(repr(f) == f"<_io.FileIO name='{name}' mode='rb' closefd=True>")
fd = os.open(name, os.O_RDONLY)
with open(fd, closefd=True) as f:
    print("name is fd:", f.name == fd)
try:
    os.fstat(fd)
except OSError:
    print("fd closed with the file")
os.remove(name)
try:
    open(name)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
