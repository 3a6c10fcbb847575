"""Python part of the warnings subsystem: warn, warn_explicit, the filter
list and its actions, the per-module __warningregistry__, showwarning /
formatwarning and catch_warnings.

The registry bookkeeping follows CPython's C implementation (_warnings):
registry values are True, "once" and "module" both record (text, category)
in the module's registry (the global onceregistry only when there is none),
and a registry is emptied when the filters have changed since it was
filled. Not supported: the -W option and PYTHONWARNINGS.

Filters' message and module patterns are regular expressions in CPython.
Taipan has no `re` module yet, so _Pattern matches a small subset at the
start of the text: literal characters, `.`, backslash escapes, the `*`,
`+` and `?` quantifiers on one character, and `$` or `\\Z` at the end.
Other regular-expression syntax ([...], (...), |, {m,n}) is matched as
literal text."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


class _Pattern:
    """The regular-expression subset described in the module docstring;
    its repr is that of the re.compile() call CPython stores."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._items, self._anchored = self._parse(pattern)

    @staticmethod
    def _parse(pattern):
        items = []  # (character or None for `.`, minimum count, maximum count or None)
        anchored = False
        i = 0
        while i < len(pattern):
            char = pattern[i]
            if char == "$" and i == len(pattern) - 1:
                anchored = True
                break
            if char == "\\" and i + 1 < len(pattern):
                i += 1
                if pattern[i] == "Z" and i == len(pattern) - 1:
                    anchored = True
                    break
                atom = pattern[i]
            elif char == ".":
                atom = None
            elif char == "^" and i == 0:
                i += 1
                continue
            else:
                atom = char
            i += 1
            low, high = 1, 1
            if i < len(pattern) and pattern[i] in "*+?":
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[pattern[i]]
                i += 1
            items.append((atom, low, high))
        return items, anchored

    def _fold(self, text):
        return text.lower() if self._ignore_case else text

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(text).__name__)
        return self._match_from(self._fold(text), 0, 0)

    def _match_from(self, text, pos, index):
        if index == len(self._items):
            return not self._anchored or pos == len(text)
        atom, low, high = self._items[index]
        if atom is not None:
            atom = self._fold(atom)
        count = 0
        limit = len(text) - pos if high is None else high
        while count < limit and pos + count < len(text) and (atom is None or text[pos + count] == atom):
            count += 1
        while count >= low:
            if self._match_from(text, pos + count, index + 1):
                return True
            count -= 1
        return False

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self._ignore_case == other._ignore_case

    def __hash__(self):
        return hash((self.pattern, self._ignore_case))

    def __repr__(self):
        flags = ", re.IGNORECASE" if self._ignore_case else ""
        return "re.compile(%r%s)" % (self.pattern, flags)


# CPython's filters at start-up (without -W and outside debug builds).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    message and module are patterns matched at the start of the warning's
    text (case-insensitively) and of its module's name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already present moves to the front, or stays where it
    # is when appending.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    # Taipan has no tracemalloc, so the hint CPython gives when it is off.
    if msg.source is not None:
        text += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    """Formats through a replaced warnings.formatwarning if there is one."""
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Shows through a replaced warnings.showwarning if there is one."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return "importlib" in filename and "_bootstrap" in filename


def _warning_site(stacklevel):
    """(filename, lineno, globals) of the frame stacklevel levels above
    warn's caller (level 1); past the outermost frame it is sys itself."""
    frame = sys._getframe(2)
    if stacklevel <= 0 or _is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            stacklevel -= 1
    if frame is None:
        return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, globals = _warning_site(stacklevel)
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    module = globals.get("__name__")
    if not isinstance(module, str):
        module = "<string>"
    _warn_at(message, category, filename, lineno, module, registry, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        module = filename[:-3] if filename.endswith(".py") else (filename or "<unknown>")
    _warn_at(message, category, filename, lineno, module, registry, source)


def _already_warned(registry, key, record):
    """Whether registry says key was warned; a registry filled under other
    filters is emptied first. record marks key as warned."""
    version = registry.get("version")
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if record:
        registry[key] = True
    return False


def _matching_action(text, category, module, lineno):
    if not isinstance(filters, list):
        raise ValueError("warnings.filters must be a list")
    for item in filters:
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % filters.index(item))
        action, message_pattern, filter_category, module_pattern, filter_lineno = item
        if (_filter_matches(message_pattern, text)
                and issubclass(category, filter_category)
                and _filter_matches(module_pattern, module)
                and (filter_lineno == 0 or lineno == filter_lineno)):
            return action, item
    return defaultaction, None


def _filter_matches(pattern, text):
    # None matches everything; a plain string (the start-up filters hold
    # one) must equal the text.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _warn_at(message, category, filename, lineno, module, registry, source):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _matching_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if _already_warned(onceregistry if registry is None else registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# warn and warn_explicit are entered through native functions, so that
# errors they raise show no frame of this module (see
# src/modules/warnings_support.cpp).
import _warnings_support

_warnings_support.set_implementations(warn, warn_explicit)
warn = _warnings_support.warn
warn_explicit = _warnings_support.warn_explicit
del _warnings_support


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function.

    With record=True, warnings are appended to the list __enter__ returns
    instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # The default showwarning() sends warnings to _showwarnmsg_impl.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _warn_unawaited_coroutine(coro):
    """The interpreter's report of a coroutine dropped without being
    awaited, once the warnings module is imported (src/vm/generator.cpp)."""
    text = f"coroutine '{coro.__qualname__}' was never awaited"
    if coro.cr_origin is not None:
        import linecache
        import traceback
        created = [(filename, lineno, name, linecache.getline(filename, lineno))
                   for filename, lineno, name in reversed(coro.cr_origin)]
        text += "\nCoroutine created at (most recent call last)\n" + "".join(traceback.format_list(created))
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)
