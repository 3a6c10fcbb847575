"""Character classes and helpers for strings: the constants, capwords,
Template ($-substitution) and Formatter (the str.format engine, overridable)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (or a space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


class Template:
    """$-based substitution: $name, ${name} and $$ for a literal dollar."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, strict):
        text = self.template
        out = []
        i = 0
        n = len(text)
        delim = self.delimiter
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            braced = k < n and text[k] == "{"
            start = k + 1 if braced else k
            end = start
            while end < n and (text[end] == "_" or text[end].isascii() and text[end].isalnum()):
                end += 1
            name = text[start:end]
            valid = bool(name) and not name[0].isdigit()
            if braced:
                valid = valid and end < n and text[end] == "}"
            if not valid:
                if strict:
                    line = text[:j].count("\n") + 1
                    col = j - (text.rfind("\n", 0, j) + 1) + 1
                    raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
                out.append(delim)
                i = k
                continue
            stop = end + 1 if braced else end
            if name in mapping:
                out.append(str(mapping[name]))
            elif strict:
                raise KeyError(name)
            else:
                out.append(text[j:stop])
            i = stop
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), True)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Recorder()
        self._scan(names, False)
        return names.seen


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class _AnyMapping:
    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return ""


class _Recorder:
    def __init__(self):
        self.seen = []

    def __contains__(self, key):
        if key not in self.seen:
            self.seen.append(key)
        return False


class Formatter:
    """The str.format machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == "{":
                if i + 1 < n and format_string[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == "{":
                        depth += 1
                    elif format_string[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                yield ("".join(literal),) + _split_field(field)
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and format_string[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_parts(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_field(field):
    """'name!r:spec' -> (name, spec, conversion)."""
    depth = 0
    name_end = len(field)
    for idx, ch in enumerate(field):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in "!:":
            name_end = idx
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, spec, conversion


def _field_parts(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < n:
        if field_name[i] == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.index("]", i)
            key = field_name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
