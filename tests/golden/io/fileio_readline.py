# FileIO.readline takes nothing past the line from the descriptor: what
# follows is still there for os.read().
import io
import os

rfd, wfd = os.pipe()
os.write(wfd, b"first line\nsecond line\nrest")
os.close(wfd)
raw = io.FileIO(rfd, closefd=False)
print(raw.readline(), raw.readline(4))
print(os.read(rfd, 100))
print(raw.readline(), raw.readlines())
raw.close()
os.close(rfd)
path = "fileio_readline.tmp"
with open(path, "wb") as f:
    f.write(b"a\nbb\nccc")
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, list(f), f.tell())
os.remove(path)
