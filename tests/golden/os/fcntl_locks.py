# fcntl: descriptor flags, locks with flock and lockf, buffers through fcntl, and errors.
import fcntl
import os
import tempfile

with tempfile.TemporaryDirectory() as d, open(os.path.join(d, "lockfile"), "w+b") as f:
    fd = f.fileno()
    flags = fcntl.fcntl(fd, fcntl.F_GETFD)
    print(flags & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC, fcntl.fcntl(f, fcntl.F_GETFD) == flags)
    fcntl.fcntl(fd, fcntl.F_SETFD, 0)
    print(fcntl.fcntl(fd, fcntl.F_GETFD), os.get_inheritable(fd))
    fl = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, fl | os.O_NONBLOCK)
    print(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK != 0, os.get_blocking(fd))
    print(fcntl.flock(fd, fcntl.LOCK_EX), fcntl.flock(f, fcntl.LOCK_UN))
    print(fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB), fcntl.flock(fd, fcntl.LOCK_UN))
    print(fcntl.lockf(fd, fcntl.LOCK_EX), fcntl.lockf(fd, fcntl.LOCK_UN, 0, 0, os.SEEK_SET))
    dup = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 100)
    print(dup >= 100, os.get_inheritable(dup))
    os.close(dup)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFD, fcntl.F_SETFL, fcntl.F_GETLK)
for f in (lambda: fcntl.fcntl("x", 1), lambda: fcntl.fcntl(987, fcntl.F_GETFD),
          lambda: fcntl.fcntl(0, fcntl.F_GETFL, b"x" * 2000), lambda: fcntl.flock(987, fcntl.LOCK_SH),
          lambda: fcntl.lockf(987, fcntl.LOCK_SH), lambda: fcntl.fcntl(0, 1, 1.5), lambda: fcntl.fcntl(-1, 1),
          lambda: fcntl.lockf(0, 0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
