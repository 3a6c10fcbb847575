# Pipes: round trips through pipe/pipe2, non-blocking reads, sendfile, closed ends.
import errno
import os
import tempfile

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
print(os.write(w, b"ping"), os.read(r, 10))
os.write(w, b"a" * 100)
print(len(os.read(r, 1000)))
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
os.close(w)
print(os.read(r, 10))
os.close(r)
r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_blocking(w))
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno == errno.EPIPE)
os.close(w)
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    with open(src, "wb") as f:
        f.write(b"0123456789")
    r, w = os.pipe()
    fd = os.open(src, os.O_RDONLY)
    print(os.sendfile(w, fd, 2, 5), os.read(r, 10))
    print(os.sendfile(w, fd, None, 3), os.read(r, 10))
    os.close(fd)
    os.close(r)
    os.close(w)
with os.fdopen(os.pipe()[1], "w") as f:
    print(type(f).__name__)
