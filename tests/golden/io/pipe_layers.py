# Layers composed by hand over the two ends of a pipe.
import io
import os

rfd, wfd = os.pipe()
writer = io.TextIOWrapper(io.BufferedWriter(io.FileIO(wfd, "w")), encoding="utf-8", line_buffering=True)
print(writer.writable(), writer.readable(), writer.seekable(), writer.buffer.raw.mode)
writer.write("through a pipe\nsecond ünïcode\n")
writer.write("no newline")
writer.close()
reader = io.TextIOWrapper(io.BufferedReader(io.FileIO(rfd, "r")), encoding="utf-8")
print(reader.readlines())
try:
    reader.tell()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    reader.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
reader.close()
print(reader.closed, reader.buffer.closed, reader.buffer.raw.closed)

rfd, wfd = os.pipe()
pair = io.BufferedRWPair(io.FileIO(rfd, "r"), io.FileIO(wfd, "w"))
pair.write(b"ping\n")
pair.flush()
print(pair.readline())
pair.close()

rfd, wfd = os.pipe()
os.write(wfd, b"raw bytes")
os.close(wfd)
raw = io.FileIO(rfd)
print(raw.read(3), raw.read(), raw.read(), raw.seekable())
raw.close()
