# open() with encodings Taipan does not have natively: the registry's incremental coders.
path = "/tmp/taipan_open_cp.txt"
for enc in ["cp437", "koi8_r", "mac_roman", "iso8859_5", "cp1252", "utf-8"]:
    with open(path, "w", encoding=enc, errors="replace") as f:
        print(f.encoding, f.errors)
        f.write("Gr\xfc\xdfe \u043f\u0440\u0438\n\u20ac line two\n")
    with open(path, "rb") as f:
        print(enc, f.read())
    with open(path, encoding=enc) as f:
        print(ascii(f.readline()), ascii(f.read()))
    with open(path, encoding=enc) as f:
        print(ascii(list(f)))
for enc in ["rot13", "nope"]:
    try:
        open(path, "w", encoding=enc)
    except LookupError as e:
        print("LookupError:", e)
import os; os.remove(path)
