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


def _property(native, fname, old):
    """A one-character function (category, combining, ...) with a fast path for plain calls."""

    def f(*args, **kw):
        if len(args) == 1 and not kw:
            c = args[0]
            if type(c) is str and len(c) == 1:
                return native(ord(c), old)
        return native(_only_char("UCD" if old else "unicodedata", fname, args, kw), old)

    f.__name__ = f.__qualname__ = fname
    return f


def _normalizer(old):
    def normalize(*args, **kw):
        if len(args) == 2 and not kw:
            form, text = args
            if type(form) is str and type(text) is str:
                code = _FORMS.get(form)
                if code is not None:
                    # Every form leaves ASCII text as it is.
                    return text if text.isascii() else _u.normalize(code, text, old)
        return _normalize("UCD" if old else "unicodedata", old, args, kw)

    return normalize


category = _property(_u.category, "category", False)
bidirectional = _property(_u.bidirectional, "bidirectional", False)
combining = _property(_u.combining, "combining", False)
east_asian_width = _property(_u.east_asian_width, "east_asian_width", False)
mirrored = _property(_u.mirrored, "mirrored", False)
decomposition = _property(_u.decomposition, "decomposition", False)
normalize = _normalizer(False)


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


def is_normalized(*args, **kw):
    return _is_normalized("unicodedata", False, args, kw)


class UCD:
    """A Unicode database of another version (only ucd_3_2_0, for IDNA and stringprep)."""

    __slots__ = ("unidata_version", "_old")

    def __init__(self, *args, **kw):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

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

    def is_normalized(self, *args, **kw):
        return _is_normalized("UCD", self._old, args, kw)


UCD.__module__ = "unicodedata"


def _method(function):
    # Only ucd_3_2_0 exists, so the methods answer for 3.2.0.
    def method(self, *args, **kw):
        return function(*args, **kw)

    method.__name__ = method.__qualname__ = function.__name__
    return method


for _f in ("category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"):
    setattr(UCD, _f, _method(_property(getattr(_u, _f), _f, True)))
UCD.normalize = _method(_normalizer(True))
del _f

ucd_3_2_0 = UCD.__new__(UCD)
ucd_3_2_0.unidata_version = "3.2.0"
ucd_3_2_0._old = True
