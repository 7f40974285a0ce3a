"""Parse TOML 1.0 documents: loads(text) and load(binary_file) return dicts.

Errors are TOMLDecodeError with CPython's messages and positions. Dates and times become
datetime.date/time/datetime objects (offsets as datetime.timezone)."""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


TOMLDecodeError.__module__ = "tomllib"

_CTRL = frozenset(chr(i) for i in range(32)) | {"\x7f"}
_ILLEGAL_BASIC = _CTRL - {"\t"}
_ILLEGAL_ML_BASIC = _CTRL - {"\t", "\n"}
_ILLEGAL_LITERAL = _ILLEGAL_BASIC
_ILLEGAL_ML_LITERAL = _ILLEGAL_ML_BASIC
_ILLEGAL_COMMENT = _ILLEGAL_BASIC
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE_KEY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_RE_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
_RE_LOCALTIME = _re.compile(_TIME)
_RE_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)


def _error(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")


def load(fp, /, *, parse_float=float):
    """Parses the TOML document in a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parses a TOML document given as a str."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_parse_float(parse_float)).document()


def _checked_parse_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.root = {}
        # Containers by id: tables declared by a header or closed dotted-key tables
        # (explicit), inline tables and arrays (frozen, with everything inside them), and
        # tables opened by dotted keys in the current section (pending: explicit at the
        # next header).
        self.explicit = set()
        self.frozen = set()
        self.pending = []

    # ---- the document ----

    def document(self):
        src = self.src
        n = len(src)
        pos = 0
        table = self.root
        header = ()
        while True:
            pos = self.skip(pos, _WS)
            if pos >= n:
                break
            ch = src[pos]
            if ch == "\n":
                pos += 1
                continue
            if ch in _KEY_START:
                pos = self.key_value_statement(pos, table, header)
                pos = self.skip(pos, _WS)
            elif ch == "[":
                for cid in self.pending:
                    self.explicit.add(cid)
                self.pending = []
                if src.startswith("[[", pos):
                    pos, table, header = self.array_table_header(pos)
                else:
                    pos, table, header = self.table_header(pos)
                pos = self.skip(pos, _WS)
            elif ch != "#":
                raise _error(src, pos, "Invalid statement")
            pos = self.skip_comment(pos)
            if pos >= n:
                break
            if src[pos] != "\n":
                raise _error(src, pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.root

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, illegal, eof_error):
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if eof_error:
                raise _error(src, end, f"Expected {expect!r}")
        for i in range(pos, end):
            if src[i] in illegal:
                raise _error(src, i, f"Found invalid character {src[i]!r}")
        return end

    def skip_comment(self, pos):
        if self.src.startswith("#", pos):
            return self.skip_until(pos + 1, "\n", _ILLEGAL_COMMENT, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            start = pos
            pos = self.skip(pos, _WS_NL)
            pos = self.skip_comment(pos)
            if pos == start:
                return pos

    # ---- tables ----

    def walk_flags(self, key):
        """(frozen, final): whether an existing container on key's path is frozen, and the
        existing object at key (None when absent)."""
        cont = self.root
        frozen = False
        for i, k in enumerate(key):
            if not isinstance(cont, dict) or k not in cont:
                return frozen, None
            value = cont[k]
            if id(value) in self.frozen:
                frozen = True
            if i == len(key) - 1:
                return frozen, value
            if isinstance(value, list) and value:
                if id(value[-1]) in self.frozen:
                    frozen = True
                value = value[-1]
            cont = value
        return frozen, None

    def nest(self, cont, key, pos):
        """The table at key under cont, creating missing ones; lists lead to their last
        element."""
        for k in key:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise _error(self.src, pos, "Cannot overwrite a value")
        return cont

    def table_header(self, pos):
        src = self.src
        pos = self.skip(pos + 1, _WS)
        pos, key = self.key(pos)
        frozen, existing = self.walk_flags(key)
        if frozen or (existing is not None and id(existing) in self.explicit):
            raise _error(src, pos, f"Cannot declare {key} twice")
        table = self.nest(self.root, key, pos)
        self.explicit.add(id(table))
        if not src.startswith("]", pos):
            raise _error(src, pos, "Expected ']' at the end of a table declaration")
        return pos + 1, table, key

    def array_table_header(self, pos):
        src = self.src
        pos = self.skip(pos + 2, _WS)
        pos, key = self.key(pos)
        frozen, existing = self.walk_flags(key)
        if frozen:
            raise _error(src, pos, f"Cannot mutate immutable namespace {key}")
        parent = self.nest(self.root, key[:-1], pos)
        last = key[-1]
        table = {}
        if last in parent:
            tables = parent[last]
            if not isinstance(tables, list):
                raise _error(src, pos, "Cannot overwrite a value")
            tables.append(table)
        else:
            tables = parent[last] = [table]
        self.explicit.add(id(tables))
        if not src.startswith("]]", pos):
            raise _error(src, pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, table, key

    # ---- key/value pairs ----

    def key_value_statement(self, pos, table, header):
        src = self.src
        pos, key, value = self.key_value(pos)
        # Tables on the dotted path must not be ones a header or an earlier section defined.
        cont = table
        for i, k in enumerate(key[:-1]):
            if not isinstance(cont, dict) or k not in cont:
                break
            cont = cont[k]
            if id(cont) in self.explicit:
                raise _error(src, pos, f"Cannot redefine namespace {header + key[:i + 1]}")
            if isinstance(cont, list) and cont:
                cont = cont[-1]
        frozen, _ = self.walk_flags(header + key[:-1]) if key[:-1] or header else (False, None)
        if frozen:
            raise _error(src, pos, f"Cannot mutate immutable namespace {header + key[:-1]}")
        cont = table
        for k in key[:-1]:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise _error(src, pos, "Cannot overwrite a value")
            self.pending.append(id(cont))
        if key[-1] in cont:
            raise _error(src, pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.frozen.add(id(value))
        cont[key[-1]] = value
        return pos

    def key_value(self, pos):
        src = self.src
        pos, key = self.key(pos)
        if not src.startswith("=", pos):
            raise _error(src, pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.value(pos)
        return pos, key, value

    def key(self, pos):
        src = self.src
        pos, part = self.key_part(pos)
        key = [part]
        pos = self.skip(pos, _WS)
        while src.startswith(".", pos):
            pos = self.skip(pos + 1, _WS)
            pos, part = self.key_part(pos)
            key.append(part)
            pos = self.skip(pos, _WS)
        return pos, tuple(key)

    def key_part(self, pos):
        src = self.src
        ch = src[pos] if pos < len(src) else None
        if ch is not None and ch in _BARE_KEY:
            start = pos
            pos = self.skip(pos, _BARE_KEY)
            return pos, src[start:pos]
        if ch == "'":
            return self.literal_string(pos)
        if ch == '"':
            return self.basic_string(pos + 1, False)
        raise _error(src, pos, "Invalid initial character for a key part")

    # ---- values ----

    def value(self, pos):
        src = self.src
        ch = src[pos] if pos < len(src) else None
        if ch == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if ch == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if ch == "t" and src.startswith("true", pos):
            return pos + 4, True
        if ch == "f" and src.startswith("false", pos):
            return pos + 5, False
        if ch == "[":
            return self.array(pos)
        if ch == "{":
            return self.inline_table(pos)
        m = _RE_DATETIME.match(src, pos)
        if m:
            try:
                value = _make_datetime(m)
            except ValueError:
                raise _error(src, pos, "Invalid date or datetime") from None
            return m.end(), value
        m = _RE_LOCALTIME.match(src, pos)
        if m:
            return m.end(), _make_time(m, 0)
        m = _RE_NUMBER.match(src, pos)
        if m:
            text = m.group()
            if m.group(1):
                return m.end(), self.parse_float(text.replace("_", ""))
            if len(text) > 1 and text[1] in "xob":
                return m.end(), int(text, 0)
            return m.end(), int(text.replace("_", ""))
        word = src[pos:pos + 3]
        if word in ("inf", "nan"):
            return pos + 3, self.parse_float(word)
        word = src[pos:pos + 4]
        if word in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(word)
        raise _error(src, pos, "Invalid value")

    def array(self, pos):
        src = self.src
        pos = self.skip_array_space(pos + 1)
        items = []
        if src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, value = self.value(pos)
            items.append(value)
            pos = self.skip_array_space(pos)
            ch = src[pos:pos + 1]
            if ch == "]":
                return pos + 1, items
            if ch != ",":
                raise _error(src, pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        src = self.src
        pos = self.skip(pos + 1, _WS)
        table = {}
        frozen = set()
        if src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            cont = table
            for i, k in enumerate(key[:-1]):
                if k not in cont:
                    cont[k] = {}
                cont = cont[k]
                if id(cont) in frozen:
                    raise _error(src, pos, f"Cannot mutate immutable namespace {key}")
                if not isinstance(cont, dict):
                    raise _error(src, pos, "Cannot overwrite a value")
            if key[-1] in cont:
                if id(cont[key[-1]]) in frozen:
                    raise _error(src, pos, f"Cannot mutate immutable namespace {key}")
                raise _error(src, pos, f"Duplicate inline table key {key[-1]!r}")
            cont[key[-1]] = value
            pos = self.skip(pos, _WS)
            ch = src[pos:pos + 1]
            if ch == "}":
                return pos + 1, table
            if ch != ",":
                raise _error(src, pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(id(value))
            pos = self.skip(pos + 1, _WS)

    # ---- strings ----

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_until(start, "'", _ILLEGAL_LITERAL, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            delim = "'"
            end = self.skip_until(pos, "'''", _ILLEGAL_ML_LITERAL, True)
            text = src[pos:end]
            pos = end + 3
        else:
            delim = '"'
            pos, text = self.basic_string(pos, True)
        # Up to two quotes right before the closing three belong to the string.
        if not src.startswith(delim, pos):
            return pos, text
        pos += 1
        if not src.startswith(delim, pos):
            return pos, text + delim
        return pos + 1, text + delim * 2

    def basic_string(self, pos, multiline):
        src = self.src
        n = len(src)
        illegal = _ILLEGAL_ML_BASIC if multiline else _ILLEGAL_BASIC
        parts = []
        start = pos
        while True:
            if pos >= n:
                raise _error(src, pos, "Unterminated string")
            ch = src[pos]
            if ch == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, "".join(parts)
                pos += 1
                continue
            if ch == "\\":
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if ch in illegal:
                raise _error(src, pos, f"Illegal character {ch!r}")
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        code = src[pos:pos + 2]
        pos += 2
        if multiline and code in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash drops the newline and the whitespace after it.
            if code != "\\\n":
                pos = self.skip(pos, _WS)
                if pos >= len(src):
                    return pos, ""
                if src[pos] != "\n":
                    raise _error(src, pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if code == "\\u":
            return self.hex_char(pos, 4)
        if code == "\\U":
            return self.hex_char(pos, 8)
        try:
            return pos, _ESCAPES[code]
        except KeyError:
            raise _error(src, pos, "Unescaped '\\' in a string") from None

    def hex_char(self, pos, width):
        src = self.src
        digits = src[pos:pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise _error(src, pos, "Invalid hex value")
        pos += width
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise _error(src, pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)


def _make_time(m, first):
    hour, minute, sec, frac = m.group(first + 1, first + 2, first + 3, first + 4)
    micro = int(frac.ljust(6, "0")) if frac else 0
    return _time(int(hour), int(minute), int(sec), micro)


def _make_datetime(m):
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m.group(4) is None:
        return _date(year, month, day)
    t = _make_time(m, 3)
    zulu, sign, off_h, off_m = m.group(8, 9, 10, 11)
    tz = None
    if zulu:
        tz = _timezone.utc
    elif sign:
        offset = _timedelta(hours=int(off_h), minutes=int(off_m))
        tz = _timezone(-offset if sign == "-" else offset)
    return _datetime(year, month, day, t.hour, t.minute, t.second, t.microsecond, tzinfo=tz)
