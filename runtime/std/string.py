# The `string` module of Edge Python.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset("_" + ascii_letters)
_ID_REST = frozenset("_" + ascii_letters + digits)
_sentinel_dict = {}


class _Both:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def _ident(self, text, i):
        n = len(text)
        if i < n and text[i] in _ID_START:
            j = i + 1
            while j < n and text[j] in _ID_REST:
                j += 1
            return j
        return -1

    def _scan(self):
        """Yields (kind, start, end, name) for each placeholder; `end` is after it and
        `start` is after the delimiter."""
        text = self.template
        delim = self.delimiter
        dl = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + dl
            if text.startswith(delim, j):
                yield ("escaped", i, j + dl, None)
                i = text.find(delim, j + dl)
                continue
            k = self._ident(text, j)
            if k >= 0:
                yield ("named", i, k, text[j:k])
                i = text.find(delim, k)
                continue
            if j < len(text) and text[j] == "{":
                k = self._ident(text, j + 1)
                if k >= 0 and k < len(text) and text[k] == "}":
                    yield ("braced", i, k + 1, text[j + 1:k])
                    i = text.find(delim, k + 1)
                    continue
            yield ("invalid", i, j, None)
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, mapping, safe):
        text = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Both(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Both(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        out = []
        auto = 0
        for literal, field, spec, conv in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == "" or field[0] in ".[":
                if auto is None:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field = str(auto) + field
                auto += 1
            elif field[0].isdigit():
                if auto:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto = None
            obj, _ = self.get_field(field, args, kwargs)
            obj = self.convert_field(obj, conv)
            spec = self.vformat(spec, args, kwargs) if spec and "{" in spec else spec
            out.append(self.format_field(obj, spec or ""))
        return "".join(out)

    def parse(self, format_string):
        s = format_string
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    # An escaped brace ends a literal chunk, as in CPython's parser.
                    literal.append("{")
                    yield ("".join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = s[i + 1:j - 1]
                conv = None
                spec = ""
                k = 0
                while k < len(body) and body[k] not in "!:":
                    if body[k] == "[":
                        k = body.index("]", k)
                    k += 1
                name = body[:k]
                rest = body[k:]
                if rest.startswith("!"):
                    conv = rest[1:2]
                    rest = rest[2:]
                if rest.startswith(":"):
                    spec = rest[1:]
                yield ("".join(literal), name, spec, conv)
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    # An escaped brace ends a literal chunk, as in CPython's parser.
                    literal.append("}")
                    yield ("".join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ("".join(literal), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first = field_name
        rest = ""
        for k, ch in enumerate(field_name):
            if ch in ".[":
                first = field_name[:k]
                rest = field_name[k:]
                break
        obj = self.get_value(int(first) if first.isdigit() else first, args, kwargs)
        while rest:
            if rest[0] == ".":
                k = 1
                while k < len(rest) and rest[k] not in ".[":
                    k += 1
                obj = getattr(obj, rest[1:k])
                rest = rest[k:]
            else:
                k = rest.index("]")
                key = rest[1:k]
                obj = obj[int(key) if key.isdigit() else key]
                rest = rest[k + 1:]
        return obj, first

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
