# `_memoryview`: the builtin `memoryview`, in Python. The VM imports it the first time a
# program names `memoryview` (compiler/src/modules/lazy_builtins.rs), so programs that never
# use it pay nothing, and compiler_lib.wasm carries none of it.
#
# A view reads and writes its exporter (bytes, bytearray, array.array, or another view's
# exporter) in place, so writes reach a bytearray at once and slices copy nothing. Two
# layouts: a *direct* view indexes the exporter's own items (`_start`, `_step` in exporter
# items); a *cast* view indexes machine bytes (`_start`, `_step` in bytes) decoded with
# `_struct`. Differences from CPython: a view does not lock its bytearray against resizing
# (no BufferError), writes through a cast view reach a bytearray but not an array, and
# multi-dimensional views (cast with a shape) support tolist/tobytes/len but not indexing.
from _struct import pack as _pack, unpack as _unpack, calcsize as _calcsize

_BYTE_FORMATS = "Bbc"
_CAST_FORMATS = "BbchHiIlLqQnNfde?P"


def _released():
    return ValueError("operation forbidden on released memoryview object")


def _is_exporter(obj):
    return isinstance(obj, (bytes, bytearray, memoryview)) or _is_array(obj)


def _is_array(obj):
    t = type(obj)
    return t.__name__ == "array" and t.__module__ == "array" or any(
        c.__name__ == "array" and c.__module__ == "array" for c in t.__mro__
    )


class memoryview:
    __module__ = "builtins"
    __slots__ = ("_obj", "_src", "_cast", "_start", "_step", "_len", "_fmt", "_size", "_ro", "_shape", "_dead")

    def __new__(cls, *args, **kw):
        if len(args) + len(kw) > 1:
            raise TypeError(f"memoryview() takes at most 1 argument ({len(args) + len(kw)} given)")
        if kw:
            if "object" not in kw:
                raise TypeError(f"memoryview() got an unexpected keyword argument '{next(iter(kw))}'")
            obj = kw["object"]
        elif args:
            obj = args[0]
        else:
            raise TypeError("memoryview() missing required argument 'object' (pos 1)")
        if isinstance(obj, memoryview):
            obj._check()
            return obj._copy()
        self = object.__new__(cls)
        self._obj = obj
        self._dead = False
        self._cast = False
        self._start = 0
        self._step = 1
        if isinstance(obj, (bytes, bytearray)):
            self._src = obj
            self._len = len(obj)
            self._fmt = "B"
            self._size = 1
            self._ro = not isinstance(obj, bytearray)
        elif _is_array(obj):
            self._src = obj
            self._len = len(obj)
            self._fmt = obj.typecode
            self._size = obj.itemsize
            self._ro = False
        elif hasattr(type(obj), "__buffer__"):
            inner = type(obj).__buffer__(obj, 0)
            if not isinstance(inner, memoryview):
                raise TypeError(f"__buffer__ returned non-memoryview object")
            return inner
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(obj).__name__}'")
        self._shape = (self._len,)
        return self

    def _copy(self, ro=None):
        v = object.__new__(memoryview)
        v._obj, v._src, v._cast = self._obj, self._src, self._cast
        v._start, v._step, v._len = self._start, self._step, self._len
        v._fmt, v._size, v._shape = self._fmt, self._size, self._shape
        v._ro = self._ro if ro is None else ro
        v._dead = False
        return v

    def _check(self):
        if self._dead:
            raise _released()

    # ---- reading ----

    def _src_bytes(self):
        s = self._src
        return s if isinstance(s, (bytes, bytearray)) else s.tobytes()

    def _items(self):
        """The view's items, in order (flat)."""
        n, s, start, step = self._len, self._src, self._start, self._step
        if not n:
            return []
        if not self._cast:
            stop = start + n * step
            return list(s[start : stop if stop >= 0 else None : step])
        raw, size, fmt = self._src_bytes(), self._size, self._fmt
        if step == size:
            return [t[0] for t in _iter_unpack(fmt, size, raw[start : start + n * size])]
        return [_unpack(fmt, raw[start + i * step : start + i * step + size])[0] for i in range(n)]

    def _item(self, i):
        if not self._cast:
            return self._src[self._start + i * self._step]
        at = self._start + i * self._step
        return _unpack(self._fmt, self._src_bytes()[at : at + self._size])[0]

    def tobytes(self, order="C"):
        self._check()
        if order not in ("C", "F", "A", None):
            raise ValueError("order must be 'C', 'F' or 'A'")
        n, s, start, step = self._len, self._src, self._start, self._step
        if not n:
            return b""
        if not self._cast:
            stop = start + n * step
            part = s[start : stop if stop >= 0 else None : step]
            return bytes(part) if isinstance(part, (bytes, bytearray)) else part.tobytes()
        raw, size = self._src_bytes(), self._size
        if step == size:
            return bytes(raw[start : start + n * size])
        return b"".join(raw[start + i * step : start + i * step + size] for i in range(n))

    __bytes__ = tobytes

    def tolist(self):
        self._check()
        items = self._items()
        if len(self._shape) <= 1:
            return items if self._shape else items[0]
        return _nest(items, self._shape)

    def hex(self, *args, **kw):
        self._check()
        return self.tobytes().hex(*args, **kw)

    def toreadonly(self):
        self._check()
        return self._copy(True)

    # ---- casting ----

    def cast(self, format, shape=None):
        self._check()
        if not isinstance(format, str):
            raise TypeError(f"cast() argument 'format' must be str, not {type(format).__name__}")
        if not self.contiguous:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        fmt = format[1:] if format[:1] == "@" else format
        if len(fmt) != 1 or fmt not in _CAST_FORMATS:
            raise ValueError(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'"
            )
        if self._fmt not in _BYTE_FORMATS and fmt not in _BYTE_FORMATS:
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        size = _calcsize(fmt)
        nbytes = self.nbytes
        if shape is None:
            if nbytes % size:
                raise TypeError("memoryview: length is not a multiple of itemsize")
            shape = (nbytes // size,)
        else:
            if not isinstance(shape, (list, tuple)):
                raise TypeError("shape must be a list or a tuple")
            shape = tuple(shape)
            if len(shape) > 64:
                raise ValueError("memoryview: number of dimensions must not exceed 64")
            total = 1
            for d in shape:
                if not isinstance(d, int):
                    raise TypeError("memoryview.cast(): elements of shape must be integers")
                if d <= 0:
                    raise ValueError("memoryview.cast(): elements of shape must be integers > 0")
                total *= d
            if total * size != nbytes:
                raise TypeError("memoryview: product(shape) * itemsize != buffer size")
        v = self._copy()
        v._cast = True
        v._start = self._start * (1 if self._cast else self._size)
        v._fmt, v._size, v._step = fmt, size, size
        v._len = nbytes // size
        v._shape = shape
        return v

    # ---- attributes ----

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return self._len * self._size

    @property
    def readonly(self):
        self._check()
        return self._ro

    @property
    def itemsize(self):
        self._check()
        return self._size

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def ndim(self):
        self._check()
        return len(self._shape)

    @property
    def shape(self):
        self._check()
        return self._shape

    @property
    def strides(self):
        self._check()
        if len(self._shape) <= 1:
            unit = 1 if self._cast else self._size
            return (self._step * unit,) if self._shape else ()
        out, acc = [], self._size
        for d in reversed(self._shape):
            out.append(acc)
            acc *= d
        return tuple(reversed(out))

    @property
    def suboffsets(self):
        self._check()
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._len <= 1 or self._step == (self._size if self._cast else 1)

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    # ---- releasing ----

    def release(self):
        self._dead = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __buffer__(self, flags):
        self._check()
        return self._copy()

    def __release_buffer__(self, view):
        pass

    # ---- sequence protocol ----

    def __len__(self):
        self._check()
        if not self._shape:
            raise TypeError("0-dim memory has no length")
        return self._shape[0]

    def __iter__(self):
        self._check()
        if not self._shape:
            raise TypeError("invalid indexing of 0-dim memory")
        if len(self._shape) > 1:
            raise NotImplementedError("multi-dimensional sub-views are not implemented")
        return iter(self._items())

    def _index(self, key):
        if len(self._shape) != 1:
            if not self._shape:
                raise TypeError("invalid indexing of 0-dim memory")
            raise NotImplementedError("multi-dimensional sub-views are not implemented")
        i = key.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        return i

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            if len(self._shape) != 1:
                raise NotImplementedError("multi-dimensional slicing is not implemented")
            start, stop, step = key.indices(self._len)
            v = self._copy()
            v._start = self._start + start * self._step
            v._step = self._step * step
            v._len = len(range(start, stop, step))
            v._shape = (v._len,)
            return v
        if not hasattr(type(key), "__index__"):
            raise TypeError("memoryview: invalid slice key")
        return self._item(self._index(key))

    def _packed(self, value):
        """`value` as this view's item bytes, checked as CPython checks it."""
        fmt = self._fmt
        if fmt == "c":
            if not isinstance(value, bytes):
                raise TypeError(f"memoryview: invalid type for format '{fmt}'")
            if len(value) != 1:
                raise ValueError(f"memoryview: invalid value for format '{fmt}'")
            return value
        if fmt in "fde":
            if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
                raise TypeError(f"memoryview: invalid type for format '{fmt}'")
        elif fmt == "?":
            value = bool(value)
        elif not hasattr(type(value), "__index__"):
            raise TypeError(f"memoryview: invalid type for format '{fmt}'")
        try:
            return _pack(fmt, value)
        except Exception:
            raise ValueError(f"memoryview: invalid value for format '{fmt}'") from None

    def _write(self, i, value):
        src = self._src
        if not self._cast:
            if isinstance(src, bytearray):
                b = self._packed(value)
                src[self._start + i * self._step] = b[0]
            else:
                src[self._start + i * self._step] = value
            return
        b = self._packed(value)
        if not isinstance(src, bytearray):
            raise NotImplementedError("memoryview: writing through a cast view of an array")
        at = self._start + i * self._step
        src[at : at + self._size] = b

    def __setitem__(self, key, value):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            if len(self._shape) != 1:
                raise NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1")
            if not _is_exporter(value) and not hasattr(type(value), "__buffer__"):
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
            other = memoryview(value)
            target = self[key]
            if other._fmt != target._fmt or other._shape != target._shape:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for i, x in enumerate(other._items()):
                target._write(i, x)
            return
        if key is Ellipsis or not hasattr(type(key), "__index__"):
            raise TypeError("memoryview: invalid slice key")
        self._write(self._index(key), value)

    def __delitem__(self, key):
        self._check()
        if self._ro:
            raise TypeError("cannot modify read-only memory")
        raise TypeError("cannot delete memory")

    # ---- comparison and hashing ----

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, memoryview):
            if self._dead or other._dead:
                return False
        elif not _is_exporter(other):
            return NotImplemented
        if self._dead:
            return False
        other = memoryview(other)
        if self._shape != other._shape:
            return False
        return self._items() == other._items()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        self._check()
        if not self._ro:
            raise ValueError("cannot hash writable memoryview object")
        if self._fmt not in _BYTE_FORMATS:
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __repr__(self):
        state = "released memory" if self._dead else "memory"
        return f"<{state} at {hex(id(self))}>"

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'memoryview' object")

    def __class_getitem__(cls, item):
        return cls


memoryview.__qualname__ = "memoryview"


def _iter_unpack(fmt, size, raw):
    return (_unpack(fmt, raw[i : i + size]) for i in range(0, len(raw), size))


def _nest(items, shape):
    if len(shape) == 1:
        return items
    step = len(items) // shape[0]
    return [_nest(items[i : i + step], shape[1:]) for i in range(0, len(items), step)]
