"""unicodedata for Edge Python: the Unicode 15.1.0 database (CPython 3.13's), over _unicodedata.

The natives take code points and a flag for Unicode 3.2.0 (ucd_3_2_0); this shim checks the
arguments and raises CPython's errors, in CPython's words.
"""

import _unicodedata as _u

unidata_version = "15.1.0"

_FORMS = {"NFC": 0, "NFKC": 1, "NFD": 2, "NFKD": 3}


def _no_keywords(qual, fname, kw):
    if kw:
        raise TypeError("%s.%s() takes no keyword arguments" % (qual, fname))


def _type_name(x):
    # CPython's argument errors call None "None", not "NoneType".
    return "None" if x is None else type(x).__name__


def _code_point(what, c):
    if isinstance(c, str) and len(c) == 1:
        return ord(c)
    raise TypeError("%s must be a unicode character, not %s" % (what, _type_name(c)))


def _only_char(qual, fname, args, kw):
    _no_keywords(qual, fname, kw)
    if len(args) != 1:
        raise TypeError("%s.%s() takes exactly one argument (%d given)" % (qual, fname, len(args)))
    return _code_point(fname + "() argument", args[0])


def _char_and_default(qual, fname, args, kw):
    _no_keywords(qual, fname, kw)
    if not args:
        raise TypeError("%s expected at least 1 argument, got 0" % fname)
    if len(args) > 2:
        raise TypeError("%s expected at most 2 arguments, got %d" % (fname, len(args)))
    return _code_point(fname + "() argument 1", args[0])


# numeric kinds: 2 decimal, 1 digit, 0 any numeric value
_NUMERIC = {"decimal": (2, "not a decimal"), "digit": (1, "not a digit"), "numeric": (0, "not a numeric character")}


def _numeric(qual, fname, old, args, kw):
    cp = _char_and_default(qual, fname, args, kw)
    kind, message = _NUMERIC[fname]
    value = _u.numeric(cp, kind, old)
    if value is None:
        if len(args) == 2:
            return args[1]
        raise ValueError(message)
    return value if kind == 0 else int(value)


def _name(qual, old, args, kw):
    cp = _char_and_default(qual, "name", args, kw)
    n = _u.name(cp, old)
    if n is None:
        if len(args) == 2:
            return args[1]
        raise ValueError("no such name")
    return n


def _lookup(qual, old, args, kw):
    _no_keywords(qual, "lookup", kw)
    if len(args) != 1:
        raise TypeError("%s.lookup() takes exactly one argument (%d given)" % (qual, len(args)))
    name = args[0]
    if isinstance(name, bytes):
        if len(name) > 256:
            raise KeyError("name too long")
        name = name.decode("utf-8", "replace")
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError("lookup() argument must be read-only bytes-like object, not %s" % type(name).__name__)
    elif not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    return _u.lookup(str(name), old)


def _form_and_text(fname, args, kw):
    _no_keywords("unicodedata", fname, kw)
    if len(args) != 2:
        raise TypeError("%s expected 2 arguments, got %d" % (fname, len(args)))
    form, text = args
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, _type_name(form)))
    if not isinstance(text, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (fname, _type_name(text)))
    code = _FORMS.get(str(form))
    if code is None:
        raise ValueError("invalid normalization form")
    return code, text


def _normalize(qual, old, args, kw):
    _no_keywords(qual, "normalize", kw)
    code, text = _form_and_text("normalize", args, kw)
    # Every form leaves ASCII text as it is.
    if text.isascii():
        return text
    return _u.normalize(code, str(text), old)


def _is_normalized(qual, old, args, kw):
    _no_keywords(qual, "is_normalized", kw)
    code, text = _form_and_text("is_normalized", args, kw)
    return text.isascii() or _u.normalize(code, str(text), old) == text


def category(*args, **kw):
    return _u.category(_only_char("unicodedata", "category", args, kw), False)


def bidirectional(*args, **kw):
    return _u.bidirectional(_only_char("unicodedata", "bidirectional", args, kw), False)


def combining(*args, **kw):
    return _u.combining(_only_char("unicodedata", "combining", args, kw), False)


def east_asian_width(*args, **kw):
    return _u.east_asian_width(_only_char("unicodedata", "east_asian_width", args, kw), False)


def mirrored(*args, **kw):
    return _u.mirrored(_only_char("unicodedata", "mirrored", args, kw), False)


def decomposition(*args, **kw):
    return _u.decomposition(_only_char("unicodedata", "decomposition", args, kw), False)


def decimal(*args, **kw):
    return _numeric("unicodedata", "decimal", False, args, kw)


def digit(*args, **kw):
    return _numeric("unicodedata", "digit", False, args, kw)


def numeric(*args, **kw):
    return _numeric("unicodedata", "numeric", False, args, kw)


def name(*args, **kw):
    return _name("unicodedata", False, args, kw)


def lookup(*args, **kw):
    return _lookup("unicodedata", False, args, kw)


def normalize(*args, **kw):
    return _normalize("unicodedata", False, args, kw)


def is_normalized(*args, **kw):
    return _is_normalized("unicodedata", False, args, kw)


class UCD:
    """A Unicode database of another version (only ucd_3_2_0, for IDNA and stringprep)."""

    __slots__ = ("unidata_version", "_old")

    def __init__(self, *args, **kw):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    def category(self, *args, **kw):
        return _u.category(_only_char("UCD", "category", args, kw), self._old)

    def bidirectional(self, *args, **kw):
        return _u.bidirectional(_only_char("UCD", "bidirectional", args, kw), self._old)

    def combining(self, *args, **kw):
        return _u.combining(_only_char("UCD", "combining", args, kw), self._old)

    def east_asian_width(self, *args, **kw):
        return _u.east_asian_width(_only_char("UCD", "east_asian_width", args, kw), self._old)

    def mirrored(self, *args, **kw):
        return _u.mirrored(_only_char("UCD", "mirrored", args, kw), self._old)

    def decomposition(self, *args, **kw):
        return _u.decomposition(_only_char("UCD", "decomposition", args, kw), self._old)

    def decimal(self, *args, **kw):
        return _numeric("UCD", "decimal", self._old, args, kw)

    def digit(self, *args, **kw):
        return _numeric("UCD", "digit", self._old, args, kw)

    def numeric(self, *args, **kw):
        return _numeric("UCD", "numeric", self._old, args, kw)

    def name(self, *args, **kw):
        return _name("UCD", self._old, args, kw)

    def lookup(self, *args, **kw):
        return _lookup("UCD", self._old, args, kw)

    def normalize(self, *args, **kw):
        return _normalize("UCD", self._old, args, kw)

    def is_normalized(self, *args, **kw):
        return _is_normalized("UCD", self._old, args, kw)


UCD.__module__ = "unicodedata"

ucd_3_2_0 = UCD.__new__(UCD)
ucd_3_2_0.unidata_version = "3.2.0"
ucd_3_2_0._old = True
