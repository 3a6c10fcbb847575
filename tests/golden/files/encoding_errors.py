# Text files opened with a codec name and an error handler; the resulting Unicode errors.
import os

name = "_encoding.txt"
with open(name, "w", encoding="latin-1") as f:
    f.write("caf\xe9 \xff")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    with open(name, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()), f.errors)
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("snow \u2603")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
    with open(name, "w", encoding="ascii", errors=errors) as f:
        f.write("snow \u2603!")
    with open(name, "rb") as f:
        print(errors, f.read())
with open(name, "w", encoding="utf-8") as f:
    f.write("\u00e9\u2603\U0001f600")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    print(ascii(f.read(2)), ascii(f.read()))
try:
    open(name, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
with open(name, "w", encoding="utf-16") as f:
    f.write("hi")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-16") as f:
    print(f.read())
os.remove(name)
