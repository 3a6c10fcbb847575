# The buffered classes check their raw object when they are made.
import io


class Nothing(io.RawIOBase):
    pass


class ReadOnly(io.RawIOBase):
    def readable(self):
        return True


for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    for raw in (Nothing(), ReadOnly()):
        try:
            cls(raw)
            print(cls.__name__, type(raw).__name__, "ok")
        except Exception as e:
            print(cls.__name__, type(raw).__name__, type(e).__name__, e)
for size in (0, -1):
    try:
        io.BufferedReader(io.BytesIO(), size)
    except ValueError as e:
        print(size, "ValueError", e)
try:
    io.BufferedReader()
except TypeError as e:
    print("TypeError", e)
bw = io.BufferedWriter(io.BytesIO())
try:
    bw.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
br = io.BufferedReader(io.BytesIO(b"x"))
try:
    br.write(b"y")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(repr(bw), repr(br))
