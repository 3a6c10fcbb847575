# encoding="locale" and text_encoding(): what site.py does with .pth files.
import io
import os

path = "locale_encoding.tmp"
with open(path, "w", encoding="utf-8") as f:
    f.write("import nothing\n# ünïcode comment\n")
f = io.TextIOWrapper(io.open_code(path), encoding="locale")
print(f.encoding, f.readlines(), type(f.buffer).__name__, f.buffer.name == path)
f.close()
print(io.text_encoding(None), io.text_encoding("utf-8"), io.text_encoding(None, 3))
with open(path, encoding="locale") as g:
    print(g.encoding)
t = io.TextIOWrapper(io.BytesIO("é".encode()))
print(t.encoding, t.read())
os.remove(path)
