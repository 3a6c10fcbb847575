# Text and bytes written through a text file and its buffer come out in the
# order CPython gives them; reading text then bytes continues where the text
# layer's read-ahead stopped.
import io
import os

path = "mixed_text_binary.tmp"
with open(path, "w+", encoding="utf-8") as f:
    f.write("text one\n")
    f.buffer.write(b"bytes two\n")
    f.write("text three\n")
    f.flush()
    f.buffer.write(b"bytes four\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.buffer.tell() > 0)
with open(path, "rb") as f:
    print(f.read())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t.write("first ")
t.buffer.write(b"second ")
t.write("third")
t.flush()
print(b.getvalue())
os.remove(path)
