# tell()/seek() positions in utf-16 and multi-byte utf-8 text files.
import os
name = "_codec_positions.txt"
with open(name, "w", encoding="utf-16") as f:
    f.write("abc\ndef\n")
with open(name, encoding="utf-16") as f:
    print(f.tell())
    print(repr(f.read(1)), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read()))
with open(name, "w", encoding="utf-8") as f:
    f.write("\u00e9t\u00e9\n\u2603")
with open(name, encoding="utf-8") as f:
    print(repr(f.read(1)), f.tell())
    print(repr(f.read(2)), f.tell())
os.remove(name)
