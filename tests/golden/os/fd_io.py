# Low-level descriptors: open/read/write/lseek/pread/pwrite/readv/writev/dup/truncate/fsync.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data")
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.pread(fd, 5, 6), os.pwrite(fd, b"HELLO", 0), os.pread(fd, 11, 0))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
    os.lseek(fd, 0, 0)
    a, b = bytearray(3), bytearray(4)
    print(os.readv(fd, [a, b]), a, b)
    print(os.writev(fd, [b"x", memoryview(b"yz")]), os.pread(fd, 20, 0))
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.pread(fd, 10, 0))
    os.truncate(path, 2)
    print(os.stat(path).st_size)
    os.fsync(fd)
    os.fdatasync(fd)
    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd), os.get_inheritable(fd2))
    fd3 = os.dup2(fd, fd2 + 5)
    print(fd3 == fd2 + 5, os.get_inheritable(fd3), os.get_inheritable(os.dup2(fd, fd2 + 6, inheritable=False)))
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    print(os.get_blocking(fd))
    os.set_blocking(fd, False)
    print(os.get_blocking(fd))
    print(os.isatty(fd), os.device_encoding(fd))
    os.closerange(fd2, fd2 + 7)
    try:
        os.fstat(fd3)
    except OSError as e:
        print(type(e).__name__, e.errno)
    os.close(fd)
    with open(path, "rb") as f:
        os.fsync(f)
        print(f.read())
    try:
        os.read(fd, -1)
    except OSError as e:
        print(type(e).__name__)
    try:
        os.write(1, "text")
    except TypeError as e:
        print("TypeError", e)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"++")
    os.close(fd)
    print(open(path, "rb").read())
    try:
        os.open(os.path.join(d, "nope"), os.O_RDONLY)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == os.path.join(d, "nope"))
    dfd = os.open(d, os.O_RDONLY)
    fd = os.open("rel", os.O_CREAT | os.O_WRONLY, dir_fd=dfd)
    os.close(fd)
    print(sorted(os.listdir(dfd)), os.stat("rel", dir_fd=dfd).st_size)
    os.unlink("rel", dir_fd=dfd)
    print(sorted(os.listdir(d)))
    os.close(dfd)
