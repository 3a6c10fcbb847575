# Large text files: multi-byte characters across read chunks, tell/seek between lines, utf-16 with CRLF, decode errors.
import os
name = "_large_text.txt"
line = "\u00e9\u2603\U0001f600x" * 1000 + "\r\n"
with open(name, "w", encoding="utf-8", newline="") as f:
    for _ in range(5):
        f.write(line)
with open(name, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), lines[0][-2:] == "x\n", repr(f.newlines))
with open(name, encoding="utf-8") as f:
    total = 0
    while True:
        chunk = f.read(777)
        if not chunk:
            break
        total += len(chunk)
    print(total)
with open(name, encoding="utf-8") as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, pos)
with open(name, "w", encoding="utf-16", newline="\r\n") as f:
    f.write("one\ntwo\n" * 3000)
with open(name, encoding="utf-16") as f:
    data = f.read()
    print(len(data), data.count("\n"), repr(f.newlines))
with open(name, "wb") as f:
    f.write(b"ok\xffbad\n" * 2000)
with open(name, encoding="ascii", errors="replace") as f:
    text = f.read()
    print(len(text), text[:8])
with open(name, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcff")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
