"""Regular expressions (Python's `re`): this shim holds the Python-level classes; matching,
splitting and substitution run in the native `_re` module (the std/re engine)."""

import _re
import _rematch

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError']

_MAXSIZE = 9223372036854775807
# Bound once: the scanner-loop methods call it per match (a global, not a module attribute).
_search = _re.search
# A match built in one native call (no __init__ frame): _new(cls, pattern, string, spans).
_new = _rematch.new
# The last row of a drained look-ahead list (Pattern.match): its pos (`[-3]`) is no int.
_DRAINED = (None, None, None)

# Names in RegexFlag's definition order (its repr) and in Pattern's repr order.
_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128))
_PATTERN_FLAG_ORDER = (('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
                       ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))


def _flag_names(value, order):
    names = []
    for name, bit in order:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return '|'.join(names)


class RegexFlag(int):
    """The flag constants: ints whose repr names them (`re.IGNORECASE|re.MULTILINE`)."""

    def __repr__(self):
        if not self:
            return 're.NOFLAG'
        return _flag_names(int(self), _FLAG_ORDER)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)


class PatternError(Exception):
    """Raised for an invalid pattern or replacement template; `msg`, `pattern`, `pos`,
    `lineno` and `colno` locate the problem."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError


def _flags_int(flags):
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    return int(flags)


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return index(v)


# The subject the engine may keep decoded between calls, under `_subject_token` (0: none).
# Holding the string here keeps its identity from being reused while the token names it;
# the tokens come from the engine, so they never repeat even if this module is reloaded.
_subject = None
_subject_token = 0


def _keep(string):
    global _subject, _subject_token
    if isinstance(string, (str, bytes)):
        _subject = string
        _subject_token = _re.subject_token()
    else:
        # Mutable (bytearray) or not a subject at all: nothing to keep.
        _subject = None
        _subject_token = 0


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('pattern', 'flags', 'groups', '_id', '_flags_given', '_index', '_keys', '_ahead_m', '_ahead_s',
                 '__weakref__')

    def __init__(self, pattern, flags):
        info = _re.compile(pattern, flags)
        if len(info) == 2:
            raise PatternError(info[0], None if info[1] is None else pattern, info[1])
        # Match's native methods (_rematch) find these three first in the instance.
        # Every valid exact int or str group key → its index, for one lookup per group access.
        keys = dict(info[3])
        for i in range(info[2] + 1):
            keys[i] = i
        self._keys = keys
        self.groups = info[2]
        self._index = dict(info[3])
        # The engine keeps the compiled program; every call names it by this id.
        self._id = info[0]
        self._flags_given = flags
        self.pattern = pattern
        self.flags = info[1]
        # Matches a scanner loop gets ahead of its calls (see match()), for match and search.
        self._ahead_m = self._ahead_s = None

    def _again(self, string, pos, endpos, mode, token, why):
        # The slow path of match/fullmatch/search: `why` is False (unknown id) or 0 (pos or
        # endpos not an int, or a bytearray subject, which the natives only take with mode
        # bit 4 so that the fast path never builds a Match for one).
        if why is False:
            self._renew()
        else:
            pos, endpos = _as_index(pos), _as_index(endpos)
            mode |= 4
        r = _re.search(self._id, string, pos, endpos, mode, token)
        if r is False:
            self._renew()
            r = _re.search(self._id, string, pos, endpos, mode | 4, token)
        elif r == 0:
            r = _re.search(self._id, string, pos, endpos, mode | 4, token)
        if r is None:
            return None
        return _new(_match_class(string), self, string, r)

    def _renew(self):
        # The natives answer False for an id they no longer know (their table starts over
        # past 512 patterns, and on purge()): register the pattern again.
        self._id = _re.compile(self.pattern, self._flags_given)[0]

    @property
    def groupindex(self):
        return _GroupIndex(self._index)

    # match/fullmatch/search repeat one body rather than share a helper: a Python call per
    # match is a large part of a scanner loop's cost. They pass pos/endpos unchecked: the
    # native answers 0 when one is not an int or the subject is a bytearray, and False when
    # it no longer knows the pattern's id; _again deals with both.
    # A scanner loop (`m = p.match(text, pos)`, then `pos = m.end()`) gets its match as a
    # list (mode bit 8), with the matches ahead of it when the natives found some:
    # `[subject, _DRAINED, ..., m3, m2]` is left after taking m1 and kept here, answering
    # while `pos` (`is`: an int equal to the next one's pos), `string` and the left-out
    # `endpos` say the loop goes on; once drained, `_DRAINED` matches no pos.
    # match, fullmatch and search are natives (_rematch.front, below the class) answering the
    # two common cases without a Python frame; these are their general paths.
    def _match(self, string, pos=0, endpos=_MAXSIZE):
        a = self._ahead_m
        if a is not None and pos is a[-1][-3] and string is a[0] and endpos is _MAXSIZE:
            return _new(Match, self, string, a.pop())
        token = ahead = 0
        if pos:
            # A scanner stepping through one subject: let the engine keep its decoded copy.
            if string is not _subject:
                _keep(string)
            token = _subject_token
            if endpos is _MAXSIZE:
                ahead = 8
        r = _search(self._id, string, pos, endpos, ahead, token)
        if not r:
            if r is None:
                return None
            return self._again(string, pos, endpos, 0, token, r)
        if ahead:
            found = r.pop()
            if len(r) > 2:
                r[0] = string
                r[1] = _DRAINED
                self._ahead_m = r
            r = found
        return _new(Match, self, string, r)

    def _fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        token = 0
        if pos:
            if string is not _subject:
                _keep(string)
            token = _subject_token
        r = _search(self._id, string, pos, endpos, 1, token)
        if not r:
            if r is None:
                return None
            return self._again(string, pos, endpos, 1, token, r)
        return _new(Match, self, string, r)

    def _search(self, string, pos=0, endpos=_MAXSIZE):
        a = self._ahead_s
        if a is not None and pos is a[-1][-3] and string is a[0] and endpos is _MAXSIZE:
            return _new(Match, self, string, a.pop())
        token = ahead = 0
        if pos:
            if string is not _subject:
                _keep(string)
            token = _subject_token
            if endpos is _MAXSIZE:
                ahead = 8
        r = _search(self._id, string, pos, endpos, 2 | ahead, token)
        if not r:
            if r is None:
                return None
            return self._again(string, pos, endpos, 2, token, r)
        if ahead:
            found = r.pop()
            if len(r) > 2:
                r[0] = string
                r[1] = _DRAINED
                self._ahead_s = r
            r = found
        return _new(Match, self, string, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        if type(pos) is not int or type(endpos) is not int:
            pos, endpos = _as_index(pos), _as_index(endpos)
        r = _re.findall(self._id, string, pos, endpos)
        if r is False:
            self._renew()
            r = _re.findall(self._id, string, pos, endpos)
        return r

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        if type(pos) is not int or type(endpos) is not int:
            pos, endpos = _as_index(pos), _as_index(endpos)
        return iter(_rematch.matches(_match_class(string), self, string, self._finditer(string, pos, endpos)))

    def _finditer(self, string, pos, endpos):
        found = _re.finditer(self._id, string, pos, endpos)
        if found is False:
            self._renew()
            found = _re.finditer(self._id, string, pos, endpos)
        return found

    def subn(self, repl, string, count=0):
        if callable(repl):
            return self._sub_call(repl, string, count)
        r = _re.subn(self._id, repl, string, count)
        if r is False:
            self._renew()
            r = _re.subn(self._id, repl, string, count)
        if len(r) == 3:
            raise PatternError(r[1], repl, r[2])
        return r

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _sub_call(self, repl, string, count):
        if count < 0:
            return string, 0
        found = self._finditer(string, 0, _MAXSIZE)
        if count:
            found = found[:count]
        parts = _rematch.sub_pieces(_match_class(string), self, string, found, repl)
        empty = '' if isinstance(string, str) else b''
        return empty.join(parts), len(found)

    def split(self, string, maxsplit=0):
        r = _re.split(self._id, string, maxsplit)
        if r is False:
            self._renew()
            r = _re.split(self._id, string, maxsplit)
        return r

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flag_names(flags, _PATTERN_FLAG_ORDER))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'


class _GroupIndex:
    """`Pattern.groupindex`: a read-only view printed like CPython's mappingproxy."""

    __slots__ = ('_d',)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


class Match:
    """The result of a successful match."""

    # `re`, `string`, `_spans` and `lastindex`, stored in this order by `_rematch.new`:
    # `_spans` is the engine's (start0, end0, start1, end1, ..., pos, endpos, lastindex), all
    # ints (-1: no such group / no lastindex), pos and endpos clamped like CPython.
    __slots__ = ('re', 'string', '_spans', 'lastindex')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def pos(self):
        return self._spans[-3]

    @property
    def endpos(self):
        return self._spans[-2]

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re._index.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _group(self, i):
        s = self._spans[2 * i]
        if s < 0:
            return None
        return self.string[s:self._spans[2 * i + 1]]

    # The hot accessors are native (compiler/src/modules/rematch.rs): no Python frame per call.
    group = _rematch.group
    __getitem__ = _rematch.__getitem__
    groups = _rematch.groups
    groupdict = _rematch.groupdict
    start = _rematch.start
    end = _rematch.end
    span = _rematch.span

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1)])

    # Native: a tokenizer asks for it at every token.
    lastgroup = property(_rematch.lastgroup)

    def expand(self, template):
        p = self.re
        r = _re.expand(p._id, template, self.string, self._spans)
        if r is False:
            p._renew()
            r = _re.expand(p._id, template, self.string, self._spans)
        if isinstance(r, tuple):
            raise PatternError(r[1], template, r[2])
        return r

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'
Pattern.match = _rematch.front(0, _search, Match, Pattern._match)
Pattern.search = _rematch.front(2, _search, Match, Pattern._search)
Pattern.fullmatch = _rematch.front(1, _search, Match, Pattern._fullmatch)


class _ByteArrayMatch(Match):
    """A match on a bytearray: its groups are bytes, as in CPython (a slice of the subject
    would be a bytearray)."""

    __slots__ = ()

    def _group(self, i):
        s = self._spans[2 * i]
        if s < 0:
            return None
        return bytes(self.string[s:self._spans[2 * i + 1]])

    def group(self, *args):
        if len(args) == 1:
            return self._group(self._index(args[0]))
        if not args:
            return self._group(0)
        return tuple([self._group(self._index(a)) for a in args])

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            v = self._group(i)
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name, i in self.re._index.items():
            v = self._group(i)
            out[name] = default if v is None else v
        return out


_ByteArrayMatch.__name__ = _ByteArrayMatch.__qualname__ = 'Match'
_ByteArrayMatch.__module__ = 're'


def _match_class(string):
    return _ByteArrayMatch if isinstance(string, bytearray) else Match

_cache = {}
# The patterns in `_cache` given as an exact str or bytes with flags 0, by pattern alone: what
# `_lookup` (native, _rematch) answers from without a Python frame or a key tuple.
_plain = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    flags = _flags_int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
            _plain.clear()
        _cache[key] = p
        if not flags and (type(pattern) is str or type(pattern) is bytes):
            _plain[pattern] = p
    return p


# `_lookup(pattern, flags)`: `_plain[pattern]` for an exact str/bytes pattern and flags 0,
# else `_compile(pattern, flags)`.
_lookup = _rematch.lookup(_plain, _compile)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _lookup(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _lookup(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _lookup(pattern, flags).search(string)


# Python 3.13 deprecates passing sub/subn's count and split's maxsplit (and flags after them)
# by position: they become keyword-only later. A keyword left out is this marker, not 0, so
# that giving one both ways is an error.
_UNSET = object()


def _positional(fname, first, args, value, flags, nfixed):
    """`(value, flags)` from the extra positional `args` of sub/subn/split, with CPython's
    errors and its DeprecationWarning (pointing at the caller of `fname`)."""
    if value is not _UNSET:
        raise TypeError("%s() got multiple values for argument '%s'" % (fname, first))
    value, *args = args
    if args:
        if flags is not _UNSET:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags, *args = args
        if args:
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (fname, nfixed, nfixed + 2, nfixed + 2 + len(args)))
    import warnings
    warnings.warn("'%s' is passed as positional argument" % first, DeprecationWarning, stacklevel=3)
    return value, flags


def sub(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    if args:
        count, flags = _positional("sub", "count", args, count, flags, 3)
    return _lookup(pattern, 0 if flags is _UNSET else flags).sub(repl, string, 0 if count is _UNSET else count)


def subn(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    if args:
        count, flags = _positional("subn", "count", args, count, flags, 3)
    return _lookup(pattern, 0 if flags is _UNSET else flags).subn(repl, string, 0 if count is _UNSET else count)


def split(pattern, string, *args, maxsplit=_UNSET, flags=_UNSET):
    if args:
        maxsplit, flags = _positional("split", "maxsplit", args, maxsplit, flags, 2)
    return _lookup(pattern, 0 if flags is _UNSET else flags).split(string, 0 if maxsplit is _UNSET else maxsplit)


def findall(pattern, string, flags=0):
    return _lookup(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _lookup(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _plain.clear()
    _re.purge()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    if not isinstance(pattern, (bytes, bytearray)):
        raise TypeError('decoding to str: need a bytes-like object, %s found' % type(pattern).__name__)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
