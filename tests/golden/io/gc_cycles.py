# io objects caught in reference cycles are collected, flushing what they
# hold and closing what they wrap.
import gc
import io


class Buf(io.BytesIO):
    def close(self):
        print("buffer closed, holding", self.getvalue())
        super().close()


b = Buf()
t = io.TextIOWrapper(b, encoding="ascii")
b.owner = t
t.write("pending text")
del b, t
print("collected:", gc.collect() > 0)


class Raw(io.RawIOBase):
    def writable(self):
        return True

    def write(self, data):
        print("raw write", bytes(data))
        return len(data)


r = Raw()
w = io.BufferedWriter(r)
r.owner = w
w.write(b"buffered bytes")
del r, w
print("collected:", gc.collect() > 0)
