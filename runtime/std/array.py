# The `array` module of Edge Python: typed arrays of numbers (and 'u' characters) that keep
# their items as Python values checked against the C type's range, and convert to and from
# machine bytes (native x86-64 sizes, little-endian) through `_struct`.
from _struct import pack as _pack, unpack as _unpack

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuwhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "w": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8,
          "f": 4, "d": 8}
# Range checks of the small types: (min, max, C type name in CPython's messages).
_SMALL = {"b": (-128, 127, "signed char"), "B": (0, 255, "unsigned byte integer"),
          "h": (-32768, 32767, "signed short integer"), "H": (0, 65535, "unsigned short"),
          "i": (-2**31, 2**31 - 1, "signed integer"), "I": (0, 2**32 - 1, "unsigned int")}


def _index(v):
    if isinstance(v, int):
        return int(v)
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return f(v)


def _check(tc, v):
    if tc in "uw":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if tc in "fd":
        if isinstance(v, (int, float)):
            v = float(v)
        else:
            f = getattr(type(v), "__float__", None) or getattr(type(v), "__index__", None)
            if f is None:
                raise TypeError(f"must be real number, not {type(v).__name__}")
            v = float(f(v))
        if tc == "f":
            # Stored as a C float: keep what survives the round trip (infinity past its range).
            try:
                v = _unpack("f", _pack("f", v))[0]
            except OverflowError:
                v = float("inf") if v > 0 else float("-inf")
        return v
    v = _index(v)
    if tc in "qQ":
        if tc == "Q" and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if not (-2**63 <= v < 2**63 if tc == "q" else v < 2**64):
            raise OverflowError("int too big to convert")
        return v
    if tc in "IL" and v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if tc in "IL" and v >= 2**64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if tc not in "IL" and not -2**63 <= v < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if tc in _SMALL:
        lo, hi, name = _SMALL[tc]
        if v < lo:
            raise OverflowError(f"{name} is less than minimum")
        if v > hi:
            raise OverflowError(f"{name} is greater than maximum")
    return v


class array:
    __module__ = "array"

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in _SIZES:
            if not isinstance(typecode, str) or len(typecode) != 1:
                raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode not in "uw":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer.typecode in "uw" and typecode not in "uw":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_check(typecode, v) for v in initializer._items]
        else:
            self._items = [_check(typecode, v) for v in initializer]

    def _new(self, items):
        a = array(self.typecode)
        a._items = items
        return a

    # ---- bytes ----

    def _fmt(self, n):
        return f"{n}{'I' if self.typecode in 'uw' else self.typecode}"

    def tobytes(self):
        items = [ord(c) for c in self._items] if self.typecode in "uw" else self._items
        return _pack(self._fmt(len(items)), *items)

    __bytes__ = tobytes

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        values = list(_unpack(self._fmt(len(data) // self.itemsize), data))
        if self.typecode in "uw":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self.itemsize == 1:
            return
        data = self.tobytes()
        n = self.itemsize
        swapped = b"".join(data[i:i + n][::-1] for i in range(0, len(data), n))
        self._items = []
        self.frombytes(swapped)

    # ---- list-like ----

    def append(self, v):
        self._items.append(_check(self.typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
        else:
            self._items.extend(_check(self.typecode, v) for v in iterable)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([_check(self.typecode, v) for v in items])

    def fromunicode(self, s):
        if self.typecode not in "uw":
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        self._items.extend(s)

    def insert(self, i, v):
        self._items.insert(i, _check(self.typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self.typecode not in "uw":
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return "".join(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _check(self.typecode, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        return other._items if isinstance(other, array) else NotImplemented

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self.typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return f"array('{self.typecode}')"
        if self.typecode in "uw":
            return f"array('{self.typecode}', {''.join(self._items)!r})"
        return f"array('{self.typecode}', {self._items!r})"


ArrayType = array
