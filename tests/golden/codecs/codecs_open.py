# codecs.open: writing and reading a file in an encoding, with a BOM.
import codecs
import os

path = "/tmp/taipan_golden_codecs_open.txt"
for encoding in ["utf-8", "utf-8-sig", "utf-16", "utf-32-le", "cp1252", "latin-1"]:
    with codecs.open(path, "w", encoding) as f:
        f.write("caf\xe9\n")
        f.write("second line\n")
    with open(path, "rb") as f:
        print(encoding, f.read())
    with codecs.open(path, "r", encoding) as f:
        print("  ", ascii(f.readline()), ascii(f.read()), f.encoding)
with codecs.open(path, "w", "ascii", errors="xmlcharrefreplace") as f:
    f.write("\u20ac!")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
