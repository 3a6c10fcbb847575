# OSError's fields, its str, and the errno-to-subclass mapping.
import errno

e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e))
print(str(OSError(1, "Operation not permitted")))
print(str(OSError(2, "msg", "a", None, "b")))
print(str(OSError("just a message")), OSError("m").errno)
print(repr(OSError(2, "x")))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINTR,
             errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT, errno.EAGAIN, 12345]:
    print(code, type(OSError(code, "m")).__name__)
print(type(OSError(2)).__name__, type(FileNotFoundError(1, "x")).__name__)
b = BlockingIOError(11, "busy", 7)
print(b.characters_written, b.args)
try:
    OSError(1, "x").characters_written
except AttributeError as exc:
    print("AttributeError", exc)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as exc:
    print(exc.errno, exc.filename, exc)
