# BufferedReader / BufferedWriter / TextIOWrapper over a FileIO made by hand
# share its position; closing the top closes all.
import io
import os

path = "fileio_buffered_stack.tmp"
raw = io.FileIO(path, "w+")
buf = io.BufferedRandom(raw)
text = io.TextIOWrapper(buf, encoding="utf-8")
print(text.write("line one\nline two\n"), buf.raw is raw, text.buffer is buf)
text.flush()
print(raw.tell(), buf.tell(), text.tell())
text.seek(0)
print(repr(text.readline()), text.tell())
print(text.name == path, buf.name == path, buf.mode, repr(buf) == "<_io.BufferedRandom name=%r>" % path)
text.close()
print(text.closed, buf.closed, raw.closed)
br = io.BufferedReader(io.FileIO(path), 4)
print(br.read(4), br.raw.tell(), br.tell(), br.read1(100), br.peek())
br.close()
os.remove(path)
