# The layers socket.makefile() builds, over a raw object shaped like socket.SocketIO.
import io
class FakeSocketIO(io.RawIOBase):
    """Like socket.SocketIO: readinto/write over a peer buffer."""
    def __init__(self, incoming, mode):
        self._in = io.BytesIO(incoming)
        self.out = []
        self._mode = mode
    def readinto(self, b):
        self._checkClosed()
        return self._in.readinto(b)
    def write(self, b):
        self._checkClosed()
        self.out.append(bytes(b))
        return len(b)
    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return "r" in self._mode
    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return "w" in self._mode
    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()
    def fileno(self):
        self._checkClosed()
        return 42
    @property
    def name(self):
        return 42
    @property
    def mode(self):
        return self._mode
    def close(self):
        if self.closed:
            return
        print("socket io closed")
        io.RawIOBase.close(self)

raw = FakeSocketIO(b"HTTP/1.0 200 OK\r\nX: y\r\n\r\nbody", "rwb")
buf = io.BufferedRWPair(raw, raw, 8192)
text = io.TextIOWrapper(buf, "latin-1", None, "\r\n")
text.mode = "rw"
print(repr(text), text.readable(), text.writable(), text.seekable())
print(repr(text.readline()), repr(text.readline()), repr(text.readline()))
text.write("GET / HTTP/1.0\n\n")
text.flush()
print(raw.out)
rd = io.TextIOWrapper(io.BufferedReader(FakeSocketIO(b"line1\nline2\n", "rb")), encoding="utf-8")
print(rd.fileno(), rd.readable(), rd.writable(), rd.closed, rd.readlines())
rd.close()
print(rd.closed)
text.close()
print(text.closed, raw.closed)
