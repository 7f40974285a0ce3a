# json for Edge Python: CPython's API around the natives in _json (std/json/src/*.rs).
# _json_fast (built into the VM, compiler/src/modules/json_fast) does whole documents of plain
# JSON types in one call and answers NotImplemented for the rest, which _json then handles.
"""JSON (JavaScript Object Notation) encoder and decoder."""

import _json
from _json_fast import dumps as _fast_dumps, loads as _fast_loads

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


class JSONDecoder:
    """Simple JSON decoder (CPython's options; the scanner is native)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        if (self.object_hook is None and self.object_pairs_hook is None and self.parse_float is None
                and self.parse_int is None and self.parse_constant is None):
            r = _fast_loads(s, self.strict)
            if r is not NotImplemented:
                return r
        return _json.loads(s, self.strict, self.object_hook, self.object_pairs_hook,
                           self.parse_float, self.parse_int, self.parse_constant, JSONDecodeError, float)

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return (value, index just past it)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        # Unlike decode, no leading whitespace (or BOM) is skipped.
        if idx >= len(s) or s[idx] in ' \t\n\r\ufeff':
            raise JSONDecodeError("Expecting value", s, idx)
        # The natives read whole documents: a value followed by more text is reported as
        # "Extra data" at the text's start, and the value is then read again without it.
        rest = s[idx:]
        try:
            return JSONDecoder.decode(self, rest), idx + len(rest.rstrip(' \t\n\r'))
        except JSONDecodeError as e:
            if e.msg != 'Extra data':
                raise JSONDecodeError(e.msg, s, idx + e.pos) from None
            head = rest[:e.pos].rstrip(' \t\n\r')
        return JSONDecoder.decode(self, head), idx + len(head)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` containing a JSON document)
    to a Python object."""
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        # Not a str, a BOM, any error: NotImplemented, and the checks below take over.
        r = _fast_loads(s, True)
        if r is not NotImplemented:
            return r
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        if type(s) is not str:
            # The natives read exact strs.
            s = str.__str__(s)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _json.loads(s, True, None, None, None, None, None, JSONDecodeError, float)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _not_serializable(o):
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')


def _coercer(default):
    """What the native encoder calls for a value that is not exactly a JSON type."""
    def coerce(o):
        if isinstance(o, str):
            return str.__str__(o)
        if isinstance(o, int):
            return int.__int__(o)
        if isinstance(o, float):
            return float.__float__(o)
        if isinstance(o, (list, tuple)):
            return list(o)
        if isinstance(o, dict):
            return dict(o.items())
        return default(o)
    return coerce


def _sort_items(d):
    return sorted(d.items())


class JSONEncoder:
    """Extensible JSON encoder (CPython's options; the encoder is native)."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        _not_serializable(o)

    def encode(self, o):
        r = _fast_dumps(o, self.indent, self.item_separator, self.key_separator, self.sort_keys,
                        self.ensure_ascii, self.allow_nan)
        if r is not NotImplemented:
            return r
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.dumps(o, indent, self.item_separator, self.key_separator, self.sort_keys,
                           self.ensure_ascii, self.allow_nan, self.skipkeys, self.check_circular,
                           _coercer(self.default), _sort_items)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if cls is None and not kw:
        # JSONEncoder's separators, without making one.
        if separators is None:
            r = _fast_dumps(obj, indent, ', ' if indent is None else ',', ': ', sort_keys, ensure_ascii,
                            allow_nan)
        else:
            item_separator, key_separator = separators
            r = _fast_dumps(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan)
        if r is not NotImplemented:
            return r
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object)."""
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, cls=cls, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys, **kw))
