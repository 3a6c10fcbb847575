# Byte-order marks of utf-16/utf-32/utf-8-sig: written once at the start of the stream only.
name = "_bom_codecs.txt"
with open(name, "w", encoding="utf-16") as f:
    f.write("a")
    f.write("b")
with open(name, "rb") as f:
    print(f.read())
with open(name, "a", encoding="utf-16") as f:
    f.write("c")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", encoding="utf-16") as f:
    f.write("a")
    f.seek(0)
    f.write("b")
    f.seek(0, 2)
    f.write("c")
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+", encoding="utf-32") as f:
    f.write("q")
with open(name, "rb") as f:
    print(f.read())
with open(name, "a", encoding="utf-8-sig") as f:
    f.write("s")
with open(name, "rb") as f:
    print(f.read())
import os; os.remove(name)
