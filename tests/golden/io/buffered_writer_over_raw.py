# BufferedWriter over a Python raw object: small writes wait in the buffer,
# a full buffer is written out, flush() and close() write the rest; a raw
# write() that reports a bad length is an error.
import io


class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)


raw = Sink()
w = io.BufferedWriter(raw, 8)
print(w.write(b"abc"), raw.parts)
print(w.write(b"defghijkl"), raw.parts)
w.flush()
print(raw.parts, w.writable(), w.readable(), w.closed)
w.write(b"tail")
w.close()
print(raw.parts, raw.closed, w.closed)
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError", e)


class Partial(Sink):
    def write(self, b):
        n = min(2, len(b))
        self.parts.append(bytes(b[:n]))
        return n


p = Partial()
w = io.BufferedWriter(p, 4)
w.write(b"123456789")
w.flush()
print(p.parts)


class Liar(Sink):
    def write(self, b):
        return "many"


w = io.BufferedWriter(Liar())
w.write(b"abc")
try:
    w.flush()
except OSError as e:
    print("OSError", e)
