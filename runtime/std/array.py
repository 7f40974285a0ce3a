# The `array` module of Edge Python, in Python (it was native Rust; moving it here keeps ~28 KB
# out of compiler_lib.wasm, and a page downloads it only when a program imports it).
# An array keeps its items as a list of Python values already converted to what the C type
# holds (ints range-checked, 'f' rounded to float32, one-character strs), so reading an item
# is a list read; the machine bytes (little-endian, x86-64 Linux sizes as CPython there) are
# made by `tobytes` and read by `frombytes`. Messages are CPython's for each C type.
from _struct import pack as _pack, unpack as _unpack
from _types import _native_named
from operator import index as _index

typecodes = "bBuwhHiIlLqQfd"
_SIZES = {"b": 1, "B": 1, "u": 4, "w": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
# The struct code of each typecode's machine bytes ('<' standard sizes; a character is its
# code point).
_STRUCT = {"b": "b", "B": "B", "u": "I", "w": "I", "h": "h", "H": "H", "i": "i", "I": "I", "l": "q", "L": "Q", "q": "q", "Q": "Q", "f": "f", "d": "d"}
_I64 = (-(2**63), 2**63 - 1)
_INF = float("inf")


def _arity(name, given, lo, hi):
    if lo <= given <= hi:
        return
    if lo == hi:
        if lo == 0:
            msg = f"{name}() takes no arguments ({given} given)"
        elif lo == 1:
            msg = f"{name}() takes exactly one argument ({given} given)"
        else:
            msg = f"{name}() takes exactly {lo} arguments ({given} given)"
    elif given < lo:
        msg = f"{name}() takes at least {lo} argument{'' if lo == 1 else 's'} ({given} given)"
    else:
        msg = f"{name}() takes at most {hi} argument{'' if hi == 1 else 's'} ({given} given)"
    raise TypeError(msg)


def _expected(name, given, lo, hi):
    if lo <= given <= hi:
        return
    n, bound = (lo, "") if lo == hi else (lo, "at least ") if given < lo else (hi, "at most ")
    raise TypeError(f"{name} expected {bound}{n} argument{'' if n == 1 else 's'}, got {given}")


def _positional(name, given, n):
    """Argument Clinic's wording for a method taking the defining class (CPython 3.13)."""
    s = "" if n == 1 else "s"
    if given < n:
        raise TypeError(f"{name}() takes exactly {n} positional argument{s} ({given} given)")
    if given > n:
        raise TypeError(f"{name}() takes at most {n} argument{s} ({given} given)")


def _method_args(name, args, kw, lo, hi):
    if kw:
        raise TypeError(f"{name}() takes no keyword arguments")
    _arity(name, len(args), lo, hi)


def _in_range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(f"{what} is less than minimum")
    if v > hi:
        raise OverflowError(f"{what} is greater than maximum")
    return v


def _int_item(code, v):
    n = _index(v) + 0
    if code == "q":
        if not _I64[0] <= n <= _I64[1]:
            raise OverflowError("int too big to convert")
        return n
    if code == "Q":
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n >= 2**64:
            raise OverflowError("int too big to convert")
        return n
    if code in "IL":
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if code == "I" and n > 2**32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
        return n
    if not _I64[0] <= n <= _I64[1]:
        raise OverflowError("Python int too large to convert to C long")
    if code == "b":
        _in_range(n, -(2**15), 2**15 - 1, "signed short integer")
        return _in_range(n, -128, 127, "signed char")
    if code == "B":
        return _in_range(n, 0, 255, "unsigned byte integer")
    if code == "h":
        return _in_range(n, -(2**15), 2**15 - 1, "signed short integer")
    if code == "H":
        _in_range(n, -(2**31), 2**31 - 1, "signed integer")
        return _in_range(n, 0, 2**16 - 1, "unsigned short")
    if code == "i":
        return _in_range(n, -(2**31), 2**31 - 1, "signed integer")
    return n


def _real(v):
    """`v` as a float the way the C `double` conversion takes it."""
    if type(v) in (float, int, bool):
        return float(v)
    t = type(v)
    f = getattr(t, "__float__", None)
    if f is not None:
        r = f(v)
        if type(r) is float:
            return r
    i = getattr(t, "__index__", None)
    if i is not None:
        r = i(v)
        if type(r) is int and _I64[0] <= r <= _I64[1]:
            return float(r)
    raise TypeError(f"must be real number, not {t.__name__}")


def _to_unicode(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return str(v)


def _to_f(v):
    x = _real(v)
    try:
        return _unpack("<f", _pack("<f", x))[0]
    except OverflowError:
        return _INF if x > 0 else -_INF


def _to_d(v):
    return v if type(v) is float else _real(v)


def _int_converter(code):
    """The converter of integer typecode `code`: a plain int within the C type's range is
    taken as it is, anything else goes through `_int_item`'s checks."""
    size = _SIZES[code]
    if code in "bhilq":
        lo, hi = -(2 ** (size * 8 - 1)), 2 ** (size * 8 - 1) - 1
    else:
        lo, hi = 0, 2 ** (size * 8) - 1

    def convert(v):
        if type(v) is int and lo <= v <= hi:
            return v
        return _int_item(code, v)

    return convert


# Each typecode's conversion of a value to an item (or the error CPython raises for it).
_CONVERT = {c: _int_converter(c) for c in "bBhHiIlLqQ"}
_CONVERT.update({"f": _to_f, "d": _to_d, "u": _to_unicode, "w": _to_unicode})


def _item(code, v):
    return _CONVERT[code](v)


def _decode(code, data):
    n = len(data) // _SIZES[code]
    vals = list(_unpack(f"<{n}{_STRUCT[code]}", data))
    if code in "uw":
        return [chr(c) if c < 0xD800 or 0xDFFF < c <= 0x10FFFF else "\ufffd" for c in vals]
    return vals


def _is_index(v):
    return isinstance(v, int) or hasattr(type(v), "__index__")


def _index_i64(v, error=IndexError):
    i = _index(v) + 0
    if not _I64[0] <= i <= _I64[1]:
        raise error("cannot fit 'int' into an index-sized integer")
    return i


def _new(code, values):
    """A new `array.array` (never a subclass, as in CPython) holding `values`."""
    a = object.__new__(array)
    a._code = code
    a._v = values
    return a


class array:
    __slots__ = ("_code", "_v")
    __hash__ = None

    def __new__(cls, *args, **kw):
        if not isinstance(cls, type):
            raise TypeError("array.__new__(X): X is not a type object")
        if kw:
            raise TypeError("array.array() takes no keyword arguments")
        _arity("array", len(args), 1, 2)
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(tc).__name__}")
        if tc not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = tc
        self._v = []
        if len(args) == 2:
            self._init(args[1])
        return self

    def _init(self, init):
        code = self._code
        if isinstance(init, str):
            if code not in "uw":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{code}'")
            self._v = list(init)
        elif isinstance(init, (bytes, bytearray)):
            self._frombytes(init)
        elif isinstance(init, array):
            if init._code in "uw" and code not in "uw":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{code}'")
            if init._code == code:
                self._v = init._v[:]
            else:
                self._v = [_item(code, x) for x in init._v]
        else:
            self._extend_iter(init)

    def _extend_iter(self, iterable):
        # One item at a time: the items before a bad one stay, as in CPython.
        convert, v = _CONVERT[self._code], self._v
        for x in iterable:
            v.append(convert(x))

    def _frombytes(self, data):
        if len(data) % _SIZES[self._code]:
            raise ValueError("bytes length not a multiple of item size")
        self._v.extend(_decode(self._code, bytes(data)))

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    @classmethod
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    # ---- list-like methods ----

    def append(self, *args, **kw):
        _method_args("array.append", args, kw, 1, 1)
        self._v.append(_item(self._code, args[0]))

    def _extend(self, other):
        if isinstance(other, array):
            if other._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._v.extend(other._v[:])
        else:
            self._extend_iter(other)

    def extend(self, *args, **kw):
        if kw:
            raise TypeError("extend() takes no keyword arguments")
        _positional("extend", len(args), 1)
        self._extend(args[0])

    def fromlist(self, *args, **kw):
        _method_args("array.fromlist", args, kw, 1, 1)
        if not isinstance(args[0], list):
            raise TypeError("arg must be list")
        code = self._code
        self._v.extend([_item(code, x) for x in args[0]])

    def insert(self, *args):
        _expected("insert", len(args), 2, 2)
        i = _index_i64(args[0])
        self._v.insert(i, _item(self._code, args[1]))

    def pop(self, *args):
        _expected("pop", len(args), 0, 1)
        i = _index_i64(args[0]) if args else -1
        v = self._v
        n = len(v)
        if n == 0:
            raise IndexError("pop from empty array")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
        return v.pop(i)

    def remove(self, *args, **kw):
        _method_args("array.remove", args, kw, 1, 1)
        try:
            self._v.remove(args[0])
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, *args):
        _expected("index", len(args), 1, 3)
        try:
            return self._v.index(*args)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, *args, **kw):
        _method_args("array.count", args, kw, 1, 1)
        return self._v.count(args[0])

    def clear(self, *args, **kw):
        _method_args("array.clear", args, kw, 0, 0)
        self._v.clear()

    def reverse(self, *args, **kw):
        _method_args("array.reverse", args, kw, 0, 0)
        self._v.reverse()

    def byteswap(self, *args, **kw):
        _method_args("array.byteswap", args, kw, 0, 0)
        size = _SIZES[self._code]
        data = self.tobytes()
        swapped = b"".join(data[k : k + size][::-1] for k in range(0, len(data), size))
        self._v = _decode(self._code, swapped)

    def tolist(self, *args, **kw):
        _method_args("array.tolist", args, kw, 0, 0)
        return self._v[:]

    def buffer_info(self, *args, **kw):
        _method_args("array.buffer_info", args, kw, 0, 0)
        return (id(self._v), len(self._v))

    def __sizeof__(self):
        return 64 + len(self._v) * _SIZES[self._code]

    # ---- bytes and text ----

    def tobytes(self, *args, **kw):
        _method_args("array.tobytes", args, kw, 0, 0)
        code, v = self._code, self._v
        if code in "uw":
            v = [ord(c) for c in v]
        return _pack(f"<{len(v)}{_STRUCT[code]}", *v)

    # `bytes(a)`, `struct.unpack` and `hashlib` read an array through `__bytes__` (the VM has
    # no buffer protocol).
    __bytes__ = tobytes

    # `memoryview(a)` and `bytearray(a)`, `b"".join` etc. (through `__buffer__`) see the
    # machine bytes.
    def __buffer__(self, flags):
        return memoryview(self)

    def __release_buffer__(self, view):
        pass

    def frombytes(self, *args, **kw):
        _method_args("array.frombytes", args, kw, 1, 1)
        src = args[0]
        if isinstance(src, array):
            if _SIZES[src._code] != 1:
                raise TypeError("a bytes-like object is required")
            src = src.tobytes()
        elif not isinstance(src, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(src).__name__}'")
        self._frombytes(src)

    def fromunicode(self, *args, **kw):
        _method_args("array.fromunicode", args, kw, 1, 1)
        s = args[0]
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        if self._code not in "uw":
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        self._v.extend(s)

    def tounicode(self, *args, **kw):
        _method_args("array.tounicode", args, kw, 0, 0)
        if self._code not in "uw":
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return "".join(self._v)

    def tofile(self, *args, **kw):
        _method_args("array.tofile", args, kw, 1, 1)
        args[0].write(self.tobytes())

    def fromfile(self, *args):
        _positional("fromfile", len(args), 2)
        f, n = args
        n = _index_i64(n)
        if n < 0:
            raise ValueError("negative count")
        size = _SIZES[self._code]
        want = n * size
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) // size * size
        self._v.extend(_decode(self._code, data[:whole]))
        if len(data) < want:
            raise EOFError("read() didn't return enough bytes")

    # ---- sequence protocol ----

    def __len__(self):
        return len(self._v)

    def __contains__(self, x):
        return x in self._v

    def __iter__(self):
        return arrayiterator(self)

    def __getitem__(self, key):
        if type(key) is int:
            v = self._v
            if -len(v) <= key < len(v):
                return v[key]
        elif isinstance(key, slice):
            return _new(self._code, self._v[key])
        elif not _is_index(key):
            raise TypeError("array indices must be integers")
        return self._v[self._position(key, "array index out of range")]

    def _position(self, key, msg):
        i = _index_i64(key)
        n = len(self._v)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(msg)
        return i

    def __setitem__(self, key, value):
        if type(key) is int:
            v = self._v
            if -len(v) <= key < len(v):
                v[key] = _CONVERT[self._code](value)
                return
        elif isinstance(key, slice):
            self._assign_slice(key, value)
            return
        if not _is_index(key):
            raise TypeError("array indices must be integers")
        i = self._position(key, "array assignment index out of range")
        self._v[i] = _item(self._code, value)

    def _assign_slice(self, key, value):
        if not isinstance(value, array):
            raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
        if value._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        src = value._v[:]
        start, stop, step = key.indices(len(self._v))
        if step == 1:
            # `a[i:j] = b`: a stop before the start is an empty run at the start.
            self._v[start : max(start, stop)] = src
            return
        n = len(range(start, stop, step))
        if len(src) != n:
            raise ValueError(f"attempt to assign array of size {len(src)} to extended slice of size {n}")
        self._v[key] = src

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._v[key]
            return
        if not _is_index(key):
            raise TypeError("array indices must be integers")
        del self._v[self._position(key, "array assignment index out of range")]

    def __repr__(self):
        name = type(self).__name__
        if not self._v:
            return f"{name}('{self._code}')"
        body = "".join(self._v) if self._code in "uw" else self._v
        return f"{name}('{self._code}', {body!r})"

    def __copy__(self):
        return _new(self._code, self._v[:])

    def __deepcopy__(self, *args, **kw):
        _method_args("array.__deepcopy__", args, kw, 1, 1)
        return _new(self._code, self._v[:])

    # ---- operators ----

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return _new(self._code, self._v + other._v)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self._extend(other)
        return self

    def _repeat_count(self, n):
        if not _is_index(n):
            # A Python-level `__rmul__` gets its turn; built-in sequences' do not (CPython
            # tries the array's repeat first, which fails with this message).
            if type(getattr(type(n), "__rmul__", None)) is type(_arity):
                return None
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        k = max(_index_i64(n, OverflowError), 0)
        if len(self._v) * _SIZES[self._code] * k > (2**63 - 1) // 2:
            raise MemoryError
        return k

    def __mul__(self, n):
        k = self._repeat_count(n)
        if k is None:
            return NotImplemented
        return _new(self._code, self._v * k)

    __rmul__ = __mul__

    def __imul__(self, n):
        k = self._repeat_count(n)
        if k is None:
            return NotImplemented
        self._v *= k
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._v, other._v
        if len(a) != len(b) and op in ("==", "!="):
            return op == "!="
        for x, y in zip(a, b):
            if not x == y:
                if op == "==":
                    return False
                if op == "!=":
                    return True
                if op == "<":
                    return x < y
                if op == "<=":
                    return x <= y
                if op == ">":
                    return x > y
                return x >= y
        n, m = len(a), len(b)
        if op == "==":
            return n == m
        if op == "!=":
            return n != m
        if op == "<":
            return n < m
        if op == "<=":
            return n <= m
        if op == ">":
            return n > m
        return n >= m

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")


class arrayiterator:
    __slots__ = ("_a", "_i")

    def __init__(self, a):
        self._a = a
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        # Reads the array as it is now: items appended while iterating are produced too.
        v = self._a._v
        i = self._i
        if i >= len(v):
            raise StopIteration
        self._i = i + 1
        return v[i]


_native_named(array)
_native_named(arrayiterator)
ArrayType = array
