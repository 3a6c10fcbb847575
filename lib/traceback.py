# Extracting, formatting and printing stack traces and exceptions, in the
# exact format of CPython 3.11's traceback module: FrameSummary and
# StackSummary for frames, TracebackException for an exception with its
# chained causes, contexts and exception groups, and the print_*/format_*
# shorthands over them.
import itertools
import linecache
import sys

from _traceback import display_width as _display_width_of
from _traceback import expression_parts as _expression_parts

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3  # repeats of one frame shown before they are summed up

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# What the traceback module treats as a sequence of notes.
_NOTE_SEQUENCES = (list, tuple, str, bytes, bytearray, range, memoryview)


# ---- formatting and printing lists of frames ----

def print_list(extracted_list, file=None):
    """Prints a list of FrameSummary objects or (filename, lineno, name,
    line) tuples as a stack trace to `file` (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The lines print_list would print, one string per frame."""
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks ----

def print_tb(tb, limit=None, file=None):
    """Prints up to `limit` entries of the traceback `tb`."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The lines print_tb would print."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of up to `limit` entries of the traceback `tb`, with
    the source positions of the failing expressions."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exceptions ----

class _Sentinel:
    """Marks an argument that was not passed."""

    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    """(value, traceback) from either an exception alone or the old
    (type, value, traceback) triple."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f"Exception expected for value, {type(exc).__name__} found")


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints the exception with its traceback (up to `limit` entries) and
    its chained exceptions to `file` (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a printed exception: its type and message (and for
    a SyntaxError the location), then its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_type, sys.last_value,
    sys.last_traceback)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks ----

def print_stack(f=None, limit=None, file=None):
    """Prints the stack from frame `f` (default: the caller) outwards, oldest
    frame first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The lines print_stack would print."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame `f` (default: the caller),
    oldest frame first; `limit` keeps the newest entries."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the local variables of every frame of a traceback (frames
    still running are left alone)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# ---- frames ----

class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line (the
    stripped source line, read lazily through linecache), the source
    positions end_lineno, colno and end_colno, and locals (reprs of the
    frame's variables, or None). Compares equal to the tuple (filename,
    lineno, name, line) and unpacks like it."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(list(self._as_tuple()))

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as read, whitespace and newline included."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) from frame `f` outwards along f_back. With f
    None, starts at the frame that called StackSummary.extract."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback, outermost
    first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    """Like walk_tb, with (lineno, end_lineno, colno, end_colno) in place of
    the line number."""
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    # co_positions has one entry per 2-byte code unit.
    return next(itertools.islice(code.co_positions(), instruction_index // 2, None))


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _display_width(text, offset):
    """Columns the first `offset` characters of `text` take on a terminal:
    East Asian wide and fullwidth characters count two."""
    if text.isascii():
        return offset
    return _display_width_of(text[:offset])


def _caret_anchors(segment):
    """(left_end, right_start): the character range within `segment` to mark
    with '^' between '~' markers, when the segment is a binary operation
    (the operator) or a subscript (the brackets and index); None otherwise."""
    try:
        parts = _expression_parts(segment)
    except Exception:
        return None
    if parts is None:
        return None
    kind, first, second = parts

    def chars(offset):
        return _byte_offset_to_character_offset(segment, offset)

    if kind == "subscript":
        left = chars(first)
        right = chars(second + 1)
        while left < len(segment) and segment[left] != "[":
            left += 1
        while right < len(segment) and segment[right] != "]":
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    operator = segment[chars(first):chars(second)]
    lead = len(operator) - len(operator.lstrip())
    # CPython adds the character count `lead` to a byte offset here.
    left = first + lead
    right = left + 1
    if lead + 1 < len(operator) and not operator[lead + 1].isspace():
        right += 1
    while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
        left += 1
        right += 1
    return chars(left), chars(right)


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary from (frame, lineno) pairs such as walk_stack or
        walk_tb yield. `limit` keeps the first entries (the last -limit when
        negative); `lookup_lines` reads source lines now rather than when
        shown; `capture_locals` records the reprs of each frame's locals."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        entries = _limited(frame_gen, limit)
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            # Lines are read only after checkcache below.
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, its source line with caret
        markers under the failing expression, and its captured locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append("    {}\n".format(stripped_line))
            row.append(_caret_line(frame_summary, stripped_line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        """The lines of the stack, one string per frame, oldest first; runs
        of more than three identical frames are summed up in one line."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or None in last or key != last:
                result.extend(_repeats_line(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted_frame)
        result.extend(_repeats_line(count))
        return result


def _limited(frame_gen, limit):
    """The first `limit` entries of frame_gen, or with a negative limit the
    last -limit."""
    if limit is None:
        return frame_gen
    if limit >= 0:
        return itertools.islice(frame_gen, limit)
    return list(frame_gen)[limit:]


def _repeats_line(count):
    """["  [Previous line repeated N more times]\\n"] when a frame repeated
    past the cutoff, else []."""
    if count <= _RECURSIVE_CUTOFF:
        return []
    more = count - _RECURSIVE_CUTOFF
    return [f'  [Previous line repeated {more} more time{"s" if more > 1 else ""}]\n']


def _caret_line(frame_summary, stripped_line):
    """The marker line under a frame's source line, or '' when the failing
    expression spans the whole line (or its position is unknown)."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return ""
    line = frame_summary._original_line
    # Counts the leading whitespace plus everything after the stripped text
    # (the newline included), as CPython 3.11 does.
    stripped_characters = len(line) - len(frame_summary.line.lstrip())
    start = _byte_offset_to_character_offset(line, frame_summary.colno)
    end = _byte_offset_to_character_offset(line, frame_summary.end_colno)
    segment = line[start:end]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        anchors = _caret_anchors(segment)
    else:
        end = len(line.rstrip())
    if end - start >= len(stripped_line) and not (anchors and anchors[1] - anchors[0] > 0):
        return ""
    columns_start = _display_width(line, start) + 1
    columns_end = _display_width(line, end) + 1
    markers = " " * (columns_start - stripped_characters)
    if anchors:
        left_end = _display_width(segment, anchors[0])
        right_start = _display_width(segment, anchors[1])
        markers += ("~" * left_end + "^" * (right_start - left_end)
                    + "~" * (columns_end - columns_start - right_start))
    else:
        markers += "^" * (columns_end - columns_start)
    return "    " + markers + "\n"


# ---- exceptions as data ----

class _ExceptionPrintContext:
    """State while formatting nested exception groups: the depth sets the
    indentation and the '|' margin."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = "|"
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + " "
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting: exc_type, stack (a
    StackSummary), __cause__ and __context__ (TracebackExceptions or None),
    __suppress_context__, __notes__, exceptions (for exception groups), and
    for SyntaxError filename, lineno, end_lineno, text, offset, end_offset
    and msg. str() gives the exception's message."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if is_recursive_call:
            return  # the outermost call links the whole graph

        def capture(exc):
            return TracebackException(
                type(exc), exc, exc.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=_seen)

        # Iterative (last in, first out) so that long chains do not recurse.
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = capture(e.__cause__)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = capture(e.__context__)
            exceptions = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [capture(exc) for exc in e.exceptions]

            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if exceptions:
                pending.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of `exc` and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields the exception's last lines: "Type: message" (preceded by
        the location for a SyntaxError), then one line per line of notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, _NOTE_SEQUENCES):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                yield from [line + "\n" for line in note.split("\n")]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        """The File line, the offending text with carets, and the message of
        a SyntaxError."""
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based offsets into the text -> 0-based into the stripped text
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # whitespace such as tabs is kept so the carets line up
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}".format(caretspace, "^" * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines of the printed exception: the chained causes and
        contexts first (when `chain`), each with its traceback, then this
        exception; exception groups are drawn as nested boxes."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg, chained_exc = None, None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        """The lines of exception group `exc`: its traceback and message,
        then each member exception in a numbered box."""
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1

        if exc.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())

        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                # the closing line may be added by a nested group instead
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = "..." if truncated else f"{i + 1}"
            yield (_ctx.indent() + ("+-" if i == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = "s" if remaining > 1 else ""
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1

        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Prints the lines of format(chain=chain) to `file` (default
        sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
