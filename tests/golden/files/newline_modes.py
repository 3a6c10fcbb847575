# newline=None, '', '\n', '\r\n' when writing and reading text files.
import os

name = "_newline.txt"
text = "a\nb\r\nc\rd"

for nl in [None, "", "\n", "\r\n", "\r"]:
    with open(name, "w", newline=nl) as f:
        f.write(text)
    with open(name, "rb") as f:
        print("write", repr(nl), f.read())

with open(name, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour")
for nl in [None, "", "\n", "\r\n", "\r"]:
    with open(name, newline=nl) as f:
        print("read", repr(nl), f.readlines())
with open(name) as f:
    f.read()
    print("newlines seen:", sorted(f.newlines))
with open(name, newline="") as f:
    print("iterate:", [line for line in f])
try:
    open(name, newline="x")
except ValueError as e:
    print(e)
try:
    open(name, newline=5)
except TypeError as e:
    print(e)
os.remove(name)
