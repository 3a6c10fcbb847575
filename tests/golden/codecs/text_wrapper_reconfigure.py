# TextIOWrapper: reconfigure() and the constructor with registry encodings.
path = "/tmp/taipan_reconf.txt"
with open(path, "w", encoding="utf-8") as f:
    f.reconfigure(encoding="cp437")
    print(f.encoding, f.errors)
    f.write("\xe9\u2591x")
    f.reconfigure(encoding="koi8_r", errors="replace")
    print(f.encoding, f.errors)
    f.write("\u20ac\u0436")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="cp437", errors="replace") as f:
    print(ascii(f.read()))
try:
    open(path, encoding="utf-8").reconfigure(encoding="nope")
except LookupError as e:
    print("LookupError:", e)
import io
w = io.TextIOWrapper(open(path, "rb"), encoding="mac_roman")
print(ascii(w.read()), w.encoding)
import os; os.remove(path)
