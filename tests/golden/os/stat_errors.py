# OSError subclasses chosen from errno, with filename and filename2.
import errno
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    missing = os.path.join(d, "missing")
    for fn in (os.stat, os.lstat, os.listdir, os.rmdir, os.unlink, os.readlink, os.chdir):
        try:
            fn(missing)
        except OSError as e:
            print(fn.__name__, type(e).__name__, e.errno == errno.ENOENT, e.filename == missing, e.strerror)
    try:
        os.rename(missing, os.path.join(d, "other"))
    except FileNotFoundError as e:
        print("rename", e.filename == missing, e.filename2 == os.path.join(d, "other"))
        print(str(e).replace(d, "D"))
    os.mkdir(os.path.join(d, "sub"))
    try:
        os.mkdir(os.path.join(d, "sub"))
    except FileExistsError as e:
        print("FileExistsError", str(e).replace(d, "D"))
    try:
        os.rmdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOTEMPTY)
    open(os.path.join(d, "file"), "w").close()
    try:
        os.listdir(os.path.join(d, "file"))
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno == errno.ENOTDIR)
    try:
        os.unlink(os.path.join(d, "sub"))
    except IsADirectoryError as e:
        print("IsADirectoryError")
    except PermissionError as e:
        print("IsADirectoryError")

for bad in (1.5, None, [1]):
    try:
        os.stat(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.listdir(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    os.stat("a\0b")
except ValueError as e:
    print("ValueError", e)
try:
    os.close(987)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.stat(987)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)
print(os.strerror(errno.ENOENT), os.error is OSError)
