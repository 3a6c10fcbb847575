# open() in text mode: write, read, append, readline(s), iteration, seek/tell.
import os

path = "_tmp_files_text.txt"
with open(path, "w") as f:
    print(repr(f), f.mode, f.name, f.closed, f.writable(), f.readable())
    print(f.write("line one\n"), f.write("line two\nline three"))
    f.writelines(["\n", "four\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.readline(), end="")
    print(f.tell())
    print(f.readlines())
    f.seek(0)
    print(repr(f.read(4)), f.tell())
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(path, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "w") as f:
    f.write("héllo wörld ☃\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
    print(text, len(text))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
f = open(path, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    open(path).write("x")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(path)
