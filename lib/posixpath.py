"""Path names on POSIX systems: os.path. Pure string operations, plus the few
queries (exists, isdir, …) that ask the file system through os.stat."""

import os
import stat as _stat

__all__ = ["abspath", "basename", "commonpath", "commonprefix", "dirname", "exists",
           "expanduser", "expandvars", "getatime", "getctime", "getmtime", "getsize",
           "isabs", "isdir", "isfile", "islink", "join", "lexists", "normcase",
           "normpath", "realpath", "relpath", "samefile", "split", "splitdrive",
           "splitext", "sep", "pathsep", "curdir", "pardir", "extsep", "altsep",
           "defpath", "devnull"]

sep = "/"
pathsep = ":"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _parts(p):
    """(sep, curdir, pardir, empty) of the same kind (str or bytes) as p."""
    if isinstance(p, bytes):
        return b"/", b".", b"..", b""
    return "/", ".", "..", ""


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_parts(s)[0])


def join(a, *p):
    a = os.fspath(a)
    slash = _parts(a)[0]
    path = a
    for b in map(os.fspath, p):
        if isinstance(b, bytes) != isinstance(path, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = os.fspath(p)
    slash = _parts(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot, _, empty = _parts(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, empty


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_parts(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _parts(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = os.fspath(path)
    slash, dot, dotdot, empty = _parts(path)
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(slash) else 0
    if initial_slashes and path.startswith(slash * 2) and not path.startswith(slash * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or \
                (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = slash * initial_slashes + slash.join(new_comps)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    slash, dot, dotdot, empty = _parts(filename)
    if not isabs(filename):
        filename = join(os.getcwdb() if isinstance(filename, bytes) else os.getcwd(), filename)
    resolved = slash
    seen = set()
    pending = [c for c in filename.split(slash) if c and c != dot]
    pending.reverse()
    while pending:
        name = pending.pop()
        if name == dotdot:
            resolved = dirname(resolved) or slash
            continue
        candidate = join(resolved, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            resolved = candidate
            continue
        if candidate in seen:
            if strict:
                os.stat(candidate)
            resolved = candidate
            continue
        seen.add(candidate)
        target = os.readlink(candidate)
        if target.startswith(slash):
            resolved = slash
        parts = [c for c in target.split(slash) if c and c != dot]
        parts.reverse()
        pending.extend(parts)
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot, _ = _parts(path)
    start = dot if start is None else os.fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    slash, dot, _, empty = _parts(paths[0])
    split_paths = [p.split(slash) for p in paths]
    try:
        isabs_flags = {p[:1] == slash for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_flags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if paths[0].startswith(slash) else empty
    return prefix + slash.join(common)


def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _parts(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
        if home is None:
            return path
    else:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b"$" if is_bytes else "$"
    if dollar not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out.append(c)
            i += 1
            continue
        braced = path[i + 1:i + 2] == (b"{" if is_bytes else "{")
        j = i + 2 if braced else i + 1
        k = j
        while k < n:
            ch = path[k:k + 1]
            ch_s = ch.decode("latin-1") if is_bytes else ch
            if not (ch_s == "_" or (ch_s.isascii() and ch_s.isalnum())):
                break
            k += 1
        name = path[j:k]
        closed = not braced or path[k:k + 1] == (b"}" if is_bytes else "}")
        if not name or not closed:
            out.append(c)
            i += 1
            continue
        end = k + 1 if braced else k
        key = name.decode("latin-1") if is_bytes else name
        value = os.environ.get(key)
        if value is None:
            out.append(path[i:end])
        else:
            out.append(os.fsencode(value) if is_bytes else value)
        i = end
    return (b"" if is_bytes else "").join(out)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _stat.S_ISDIR(os.stat(s).st_mode)
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    try:
        s2 = os.lstat(join(path, ".."))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
