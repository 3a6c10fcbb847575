"""Operating-system services: the posix functions, os.environ, os.path and
the helpers written over them (makedirs, walk, fspath, …)."""

import sys
import posix
import stat as _stat
from posix import *  # noqa: F401,F403 (the native functions)
from _structseq import structseq as _structseq

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

stat_result = _structseq(
    "os.stat_result",
    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
     "_st_atime_int", "_st_mtime_int", "_st_ctime_int",
     "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
     "st_blksize", "st_blocks", "st_rdev"),
    n_sequence=10)
stat_result.__repr__ = lambda self: "os.stat_result(" + ", ".join(
    f"{f}={v!r}" for f, v in zip(("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                                  "st_size", "st_atime", "st_mtime", "st_ctime"), self)) + ")"

terminal_size = _structseq("os.terminal_size", ("columns", "lines"))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(posix._stat(fspath(path) if not isinstance(path, int) else path,
                                   follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)


def fstat(fd):
    return stat_result(posix._stat(fd, True))


def get_terminal_size(fd=1):
    return terminal_size(posix._terminal_size(fd))


class PathLike:
    """Abstract base of objects with a file-system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    """The file-system representation of path: str or bytes."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        result = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        posix.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        posix.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f"environ({dict.__repr__(self)})"


environ = _Environ(posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry yielded by scandir()."""

    __slots__ = ("name", "path", "_stat_result", "_lstat_result")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat_result = None
        self._lstat_result = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat_result is None:
                self._stat_result = stat(self.path)
            return self._stat_result
        if self._lstat_result is None:
            self._lstat_result = lstat(self.path)
        return self._lstat_result

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path_name="."):
    return _ScandirIterator(fspath(path_name))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every folder below it."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_into.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


import posixpath as path  # noqa: E402 (posixpath imports os)

sys.modules["os.path"] = path
