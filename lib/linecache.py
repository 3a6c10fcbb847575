# The lines of source files, read once and cached, for tracebacks and
# tools that show source: getline/getlines, cache validation against the
# file's size and mtime, and lazy entries filled from a module's loader.
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy
# entry whose source comes from a loader when first needed.
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file with its newline, or '' when the
    file or the line does not exist."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All lines of the file (each ending in a newline), from the cache when
    present, otherwise read now."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries (all, or just `filename`'s) whose file changed
    size or modification time, or can no longer be read."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue  # lazy: nothing read yet
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # came from a loader, not a file
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _is_pseudo_filename(filename):
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def _lines_from_loader(filename, module_globals):
    """The lines a module's loader gives for `filename`, or None when there
    is no loader able to give them."""
    if not lazycache(filename, module_globals):
        return None
    try:
        data = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if data is None:
        return []
    lines = [line + "\n" for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def _find_on_path(filename):
    """(fullname, stat) of a relative filename found under a sys.path entry,
    or None."""
    for dirname in sys.path:
        try:
            fullname = os.path.join(dirname, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return fullname, os.stat(fullname)
        except (OSError, ValueError):
            pass
    return None


def _declared_encoding(raw):
    """The source encoding of raw file bytes: a UTF-8 BOM, else a coding
    cookie in a comment on the first or second line, else UTF-8."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in raw.split(b"\n", 2)[:2]:
        text = line.decode("latin-1").strip()
        if not text.startswith("#"):
            if text:
                break
            continue
        for marker in ("coding:", "coding="):
            at = text.find(marker)
            if at >= 0:
                name = text[at + len(marker):].lstrip(" \t")
                end = 0
                while end < len(name) and (name[end].isalnum() or name[end] in "-_."):
                    end += 1
                if end:
                    return name[:end]
    return "utf-8"


def _read_source_lines(fullname):
    """The lines of a source file decoded as Python source, or None when it
    cannot be read or decoded."""
    try:
        with open(fullname, "rb") as f:
            raw = f.read()
        encoding = _declared_encoding(raw)
        with open(fullname, encoding=encoding) as f:
            return f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return None


def updatecache(filename, module_globals=None):
    """Reads the file's lines anew into the cache and returns them ([] when
    it cannot be found or read). A relative name is also looked for under
    each sys.path entry; a module's loader is used when the file is absent."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if _is_pseudo_filename(filename):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except (OSError, ValueError):
        lines = _lines_from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if os.path.isabs(filename):
            return []
        found = _find_on_path(filename)
        if found is None:
            return []
        fullname, stat = found
    lines = _read_source_lines(fullname)
    if lines is None:
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Registers `filename` so its source can later come from the loader in
    module_globals (__loader__ or __spec__.loader) without reading it now.
    True when the entry is (or already was) lazy."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_filename(filename):
        return False
    if not module_globals or "__name__" not in module_globals:
        return False
    name = module_globals["__name__"]
    loader = module_globals.get("__loader__")
    if loader is None:
        spec = module_globals.get("__spec__")
        if spec:
            loader = getattr(spec, "loader", None)
    get_source = getattr(loader, "get_source", None)
    if not (name and get_source):
        return False

    def get_lines():
        return get_source(name)

    cache[filename] = (get_lines,)
    return True
