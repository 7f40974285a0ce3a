"""Serialization of Python objects in CPython's pickle format (protocols 0 to 5).

The writer emits the same bytes as CPython 3.13's C pickler: the same opcode choices, memo
numbering, batching of container items and framing; the reader accepts any pickle CPython
writes (and Python 2's names for the built-ins)."""

import sys
import copyreg
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_b = __builtins__
_BUILTINS = _b if isinstance(_b, dict) else _b.__dict__
del _b


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython defines these in its C accelerator; tracebacks name them from there.
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper of a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return memoryview(self._buffer)

    def release(self):
        self._buffer = None

    def __bytes__(self):
        return bytes(self._buffer)


# ---- opcodes (one byte each) ----
MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_TUPLE_BY_SIZE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
# Opcode + one-byte argument, precomputed for the most frequent opcodes.
_BYTES = [bytes((i,)) for i in range(256)]
_BINPUT_N = [BINPUT + b for b in _BYTES]
_BINGET_N = [BINGET + b for b in _BYTES]
_BININT1_N = [BININT1 + b for b in _BYTES]
_SHORT_BINUNICODE_N = [SHORT_BINUNICODE + b for b in _BYTES]
_SHORT_BINBYTES_N = [SHORT_BINBYTES + b for b in _BYTES]
_BATCHSIZE = 1000


def _batches(items):
    """`items` (any iterable, read lazily) in lists of up to _BATCHSIZE, none empty."""
    it = iter(items)
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == _BATCHSIZE:
                break
        if batch:
            yield batch
        if len(batch) < _BATCHSIZE:
            return


_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_FRAME_HEADER = 9

# Python 3 names written under their Python 2 spelling by protocols 0-2 (fix_imports), and
# the reverse for reading.
_PY2_MODULE = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
               "pickle": "pickle", "_pickle": "cPickle"}
_PY2_NAME = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
_OS_ERRORS = ("BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
              "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
              "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
              "PermissionError", "ProcessLookupError", "TimeoutError")
_PY2_EXCEPTIONS = ("ArithmeticError", "AssertionError", "AttributeError", "BaseException",
                   "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
                   "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
                   "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
                   "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
                   "NameError", "NotImplementedError", "OSError", "OverflowError",
                   "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
                   "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
                   "TabError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
                   "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
                   "UserWarning", "ValueError", "Warning", "ZeroDivisionError")
for _n in _PY2_EXCEPTIONS:
    _PY2_NAME[("builtins", _n)] = ("exceptions", _n)
for _n in _OS_ERRORS:
    _PY2_NAME[("builtins", _n)] = ("exceptions", "OSError")
_PY2_NAME[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")

_PY3_MODULE = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
               "cPickle": "pickle", "exceptions": "builtins", "UserDict": "collections",
               "UserList": "collections", "UserString": "collections", "string": "string"}
_PY3_NAME = {old: new for new, old in _PY2_NAME.items() if old[0] != "exceptions"}
_PY3_NAME[("__builtin__", "basestring")] = ("builtins", "str")
_PY3_NAME[("exceptions", "StandardError")] = ("builtins", "Exception")
_PY3_NAME[("UserDict", "UserDict")] = ("collections", "UserDict")


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


_LATIN1 = "latin1"


class _BuiltinsModule:
    """Stands in for the `builtins` module when resolving names."""

    __name__ = "builtins"

    def __getattr__(self, name):
        try:
            return _BUILTINS[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self):
        return "<module 'builtins' (built-in)>"


_builtins_module = _BuiltinsModule()


def _import_module(name):
    if name == "builtins":
        return _builtins_module
    if name == "_pickle":
        return sys.modules[__name__]
    if name == "_codecs":
        return _codecs_module
    __import__(name)
    return sys.modules[name]


class _CodecsModule:
    __name__ = "_codecs"
    encode = staticmethod(_codecs_encode)


# `_codecs` is built into CPython; here it may not exist, and `_CodecsModule` stands in.
try:
    import _codecs as _codecs_module
except ImportError:
    _codecs_module = _CodecsModule


def _getattribute(obj, name):
    parent = None
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local object %r" % (name,))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module where obj can be found under name."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    if _BUILTINS.get(name) is obj:
        return "builtins"
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module_name == "__mp_main__" or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _encode_long(x):
    """x in the fewest little-endian two's complement bytes (none for 0)."""
    if x == 0:
        return b""
    n = x.bit_length() // 8 + 1
    data = x.to_bytes(n, "little", signed=True)
    if x < 0 and n > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def _escape_protocol0(s):
    """The text of a protocol 0 UNICODE opcode: raw-unicode-escape, plus the characters that
    would break the line-based format."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 0x100 or ch in "\\\n\r\x00\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto) for a type that defines neither __reduce_ex__ nor
    __reduce__."""
    cls = type(obj)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    if cls.__new__ is None:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = _builtin_newargs(obj, cls)
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _builtin_newargs(obj, cls):
    # The __getnewargs__ of the immutable built-in bases, which this VM's types lack.
    for base in (bool, int, float, str, bytes, tuple, complex):
        if isinstance(obj, base):
            if base is complex:
                return (obj.real, obj.imag)
            return (base(obj),)
    if isinstance(obj, (range, slice)):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    return ()


def _object_state(obj, cls):
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        return getstate()
    return copyreg._default_state(obj, cls)


class _HasMethod:
    def method(self):
        pass


_METHOD_TYPE = type(_HasMethod().method)
_BUILTIN_TYPE = type(len)
_MODULE_TYPE = type(copyreg)


def _builtin_reduce(obj, cls):
    """The __reduce__ of built-in types this VM does not give one; None for the rest."""
    if cls is _METHOD_TYPE:
        # A bound method is rebuilt by looking its name up on its object again.
        return getattr, (obj.__self__, obj.__name__)
    if cls is _BUILTIN_TYPE:
        # A built-in bound to an object (`[].append`) likewise; module functions (`len`)
        # are saved by name.
        owner = obj.__self__
        if owner is not None and type(owner) is not _MODULE_TYPE:
            return getattr, (owner, obj.__name__)
        return None
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        if d:
            return cls, obj.args, d
        return cls, obj.args
    if isinstance(obj, (set, frozenset)) and cls not in (set, frozenset):
        return cls, (list(obj),), getattr(obj, "__dict__", None) or None
    if obj is Ellipsis:
        return "Ellipsis"
    if obj is NotImplemented:
        return "NotImplemented"
    return None


_FUNCTION_TYPES = (type(copyreg._class_reductor), type(len))


class Pickler:
    """Writes pickles of objects to a binary file: Pickler(file, protocol).dump(obj)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
        self._framing = self.proto >= 4
        # persistent_id is only called when a subclass or the instance provides one.
        hook = self.persistent_id
        if getattr(hook, "__func__", None) is Pickler.persistent_id:
            hook = None
        self._pid_hook = hook
        self.save(obj)
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        self._file_write(bytes(self._out))
        self._out = bytearray()

    # ---- output and framing ----

    def _write(self, data):
        if self._framing and self._frame_start < 0:
            # A frame opens lazily with the first write after the last one closed.
            self._frame_start = len(self._out)
            self._out += b"\0" * _FRAME_HEADER
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        size = len(self._out) - start - _FRAME_HEADER
        if size >= _FRAME_MIN:
            self._out[start:start + _FRAME_HEADER] = FRAME + _pack("<Q", size)
        else:
            del self._out[start:start + _FRAME_HEADER]
        self._frame_start = -1

    def _opcode_boundary(self):
        start = self._frame_start
        if start >= 0 and len(self._out) - start - _FRAME_HEADER >= _FRAME_TARGET:
            self._commit_frame()
            self._file_write(bytes(self._out))
            self._out = bytearray()

    def _write_large(self, header, data):
        # A payload of a frame's size or more goes outside any frame.
        if self._framing and len(data) >= _FRAME_TARGET:
            self._commit_frame()
            self._framing = False
            self._write(header)
            self._write(data)
            self._framing = True
        else:
            self._write(header + data)

    # ---- memo ----

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = (idx, obj)
        self._write(self._put(idx))

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return _BINPUT_N[idx]
            return LONG_BINPUT + _pack("<I", idx)
        return PUT + b"%d\n" % idx

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return _BINGET_N[idx]
            return LONG_BINGET + _pack("<I", idx)
        return GET + b"%d\n" % idx

    # ---- the dispatcher ----

    def save(self, obj, save_persistent_id=True):
        # As in CPython's C pickler, a full frame is handed to the file when the next save
        # starts, so it ends with the opcodes written after the last value it holds.
        start = self._frame_start
        if start >= 0 and len(self._out) - start >= _FRAME_TARGET + _FRAME_HEADER:
            self._opcode_boundary()
        if save_persistent_id and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        saver = _SAVE_ATOM.get(t)
        if saver is not None:
            saver(self, obj)
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                self._write(self._get(x[0]))
            else:
                saver = _SAVE_CONTAINER.get(t)
                if saver is not None:
                    saver(self, obj)
                else:
                    self._save_other(obj, t)

    def _save_none(self, obj):
        self._write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack(">d", obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def _save_other(self, obj, t):
        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is not NotImplemented:
            pass
        elif t is type:
            self._save_type(obj)
            return
        elif t in _FUNCTION_TYPES and _builtin_reduce(obj, t) is None:
            self.save_global(obj)
            return
        else:
            table = getattr(self, "dispatch_table", copyreg.dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self._save_type(obj)
                return
            else:
                reductor = copyreg._class_reductor(t)
                if reductor is not None:
                    rv = reductor(obj, self.proto)
                else:
                    rv = _builtin_reduce(obj, t)
                    if rv is None:
                        if t.__module__ == "builtins" and t not in (object,):
                            raise TypeError(f"cannot pickle {t.__name__!r} object")
                        rv = _default_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple, not %s" % type(rv).__name__)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    # ---- atoms ----

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            if self.bin:
                if 0 <= obj <= 0xFF:
                    self._write(_BININT1_N[obj])
                elif 0 <= obj <= 0xFFFF:
                    self._write(BININT2 + _pack("<H", obj))
                else:
                    self._write(BININT + _pack("<i", obj))
            else:
                self._write(INT + b"%d\n" % obj)
        elif self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes((n,)) + data)
            else:
                self._write(LONG4 + _pack("<i", n) + data)
        else:
            self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _escape_protocol0(obj) + b"\n")
        else:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write(_SHORT_BINUNICODE_N[n] + data)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self._write_large(BINUNICODE8 + _pack("<Q", n), data)
            elif n > 0xFFFFFFFF:
                raise OverflowError("serializing a string larger than 4 GiB requires pickle protocol 4 or higher")
            else:
                self._write_large(BINUNICODE + _pack("<I", n), data)
        self.memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode("latin-1"), _LATIN1), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._write(_SHORT_BINBYTES_N[n] + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINBYTES8 + _pack("<Q", n), obj)
        elif n > 0xFFFFFFFF:
            raise OverflowError("serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher")
        else:
            self._write_large(BINBYTES + _pack("<I", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_large(BYTEARRAY8 + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    # ---- containers ----

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            x = memo.get(id(obj))
            if x is not None:
                # The tuple was memoized while its items were saved (it contains itself):
                # drop the items and fetch it from the memo.
                self._write(POP * n + self._get(x[0]))
            else:
                self._write(_TUPLE_BY_SIZE[n])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._write(POP_MARK + self._get(x[0]))
            else:
                self._write(POP * (n + 1) + self._get(x[0]))
            return
        self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            for item in obj:
                self.save(item)
                self._write(APPEND)
            return
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        save = self.save
        for start in range(0, len(obj), _BATCHSIZE):
            self._write(MARK)
            for item in obj[start:start + _BATCHSIZE]:
                save(item)
            self._write(APPENDS)

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
                self._write(SETITEM)
            return
        if len(obj) == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self._write(SETITEM)
            return
        # CPython's loop runs again after every full batch: a dict of a multiple of the batch
        # size ends with an empty MARK SETITEMS.
        items = list(obj.items())
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            start += _BATCHSIZE
            self._write(MARK)
            for k, v in batch:
                self.save(k)
                self.save(v)
            self._write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        items = list(obj)
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            start += _BATCHSIZE
            self._write(MARK)
            for item in batch:
                self.save(item)
            self._write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(POP_MARK + self._get(x[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _batch_appends(self, items):
        # Items of a list subclass (or any reduce's listitems): the generic batching, which
        # writes a lone trailing item with APPEND.
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            else:
                self.save(batch[0])
                self._write(APPEND)

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._write(SETITEM)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self._write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self._write(SETITEMS)
            else:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self._write(SETITEM)

    # ---- reductions ----

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self._write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                self._write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # obj was reached again while its arguments were saved: keep the first copy.
                self._write(POP + self._get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    # ---- globals ----

    def _save_type(self, obj):
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:
            self._write_global("_codecs", "encode")
            self.memoize(obj)
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            module = _import_module(module_name)
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError as e:
            if str(e).startswith("Can't get local object"):
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self._write(EXT1 + bytes((code,)))
                elif code <= 0xFFFF:
                    self._write(EXT2 + _pack("<H", code))
                else:
                    self._write(EXT4 + _pack("<i", code))
                return
        if parent is module:
            name = name.rpartition(".")[2]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self._save_nested(module_name, name.split("."), len(name.split(".")) - 1)
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _save_nested(self, module_name, parts, last):
        # Before protocol 4 a nested name is written as getattr(parent, name), level by level.
        if last == 0:
            self._write_global(module_name, parts[0])
            return
        self.save(getattr)
        if self.proto < 2:
            self._write(MARK)
        self._save_nested(module_name, parts, last - 1)
        self.save(parts[last])
        self._write(TUPLE2 if self.proto >= 2 else TUPLE)
        self._write(REDUCE)

    def _write_global(self, module_name, name):
        if self.fix_imports:
            mapped = _PY2_NAME.get((module_name, name))
            if mapped is not None:
                module_name, name = mapped
            else:
                module_name = _PY2_MODULE.get(module_name, module_name)
        encoding = "utf-8" if self.proto >= 3 else "ascii"
        try:
            line = module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n"
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                % (module_name, name, self.proto)) from None
        self._write(GLOBAL + line)


# The savers by exact type: atoms are never memoized; the rest are looked up in the memo first.
_SAVE_ATOM = {type(None): Pickler._save_none, bool: Pickler._save_bool, int: Pickler._save_long,
              float: Pickler._save_float}
_SAVE_CONTAINER = {str: Pickler._save_str, bytes: Pickler._save_bytes, dict: Pickler._save_dict,
                   list: Pickler._save_list, tuple: Pickler._save_tuple, set: Pickler._save_set,
                   frozenset: Pickler._save_frozenset, bytearray: Pickler._save_bytearray}


# ---- reading ----

class _Input:
    """Reads a pickle: from a bytes object, or from a file a frame at a time."""

    def __init__(self, data=None, file=None):
        if file is not None:
            self._fread = file.read
            self._freadline = file.readline
            self.buf = b""
        else:
            self._fread = None
            self.buf = data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        end = pos + n
        buf = self.buf
        if end <= len(buf):
            self.pos = end
            return buf[pos:end]
        if self._fread is None or pos < len(buf):
            if self._fread is not None:
                raise UnpicklingError("pickle exhausted before end of frame")
            raise UnpicklingError("pickle data was truncated")
        data = self._fread(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def read_op(self):
        pos = self.pos
        buf = self.buf
        if pos < len(buf):
            self.pos = pos + 1
            return buf[pos]
        if self._fread is not None:
            data = self._fread(1)
            if data:
                return data[0]
        raise EOFError("Ran out of input")

    def readline(self):
        buf = self.buf
        pos = self.pos
        if pos < len(buf):
            end = buf.find(b"\n", pos)
            if end < 0:
                if self._fread is not None:
                    raise UnpicklingError("pickle exhausted before end of frame")
                raise UnpicklingError("pickle data was truncated")
            self.pos = end + 1
            return buf[pos:end + 1]
        if self._fread is None:
            raise UnpicklingError("pickle data was truncated")
        line = self._freadline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load_frame(self, size):
        if self._fread is None:
            if self.pos + size > len(self.buf):
                raise UnpicklingError("pickle data was truncated")
            return
        if self.pos < len(self.buf):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.buf = self._fread(size)
        self.pos = 0
        if len(self.buf) < size:
            raise UnpicklingError("pickle data was truncated")


def _decode_raw_unicode_escape(data):
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError("rawunicodeescape", data, i, n, "truncated \\uXXXX escape")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "a": "\a",
                   "b": "\b", "f": "\f", "v": "\v", "\n": ""}


def _escape_decode(text):
    """The bytes of a Python 2 str literal's body (the STRING opcode's argument)."""
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\" or i + 1 == n:
            out.append(ord(c))
            i += 1
            continue
        e = text[i + 1]
        if e in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[e].encode("latin-1")
            i += 2
        elif e == "x":
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif e in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out += b"\\"
            i += 1
    return bytes(out)


class Unpickler:
    """Reads pickles from a binary file: Unpickler(file).load()."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            mapped = _PY3_NAME.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = _PY3_MODULE.get(module, module)
        mod = _import_module(module)
        if self.proto >= 4:
            try:
                return _getattribute(mod, name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load(self):
        """Reads one pickle from the file and returns the object it describes."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        inp = self._input if hasattr(self, "_input") else _Input(file=self._file)
        return self._run(inp)

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _run(self, inp):
        self._inp = inp
        self.stack = stack = []
        self.metastack = []
        read = inp.read
        readline = inp.readline
        dispatch = _DISPATCH
        read_op = inp.read_op
        try:
            while True:
                op = read_op()
                handler = dispatch.get(op)
                if handler is None:
                    raise UnpicklingError("invalid load key, %s." % repr(chr(op)))
                handler(self, read, readline)
        except _Stop as stop:
            return stop.value

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]


def _op(code):
    def register(fn):
        _DISPATCH[code[0]] = fn
        return fn
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(u, read, readline):
    proto = read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


@_op(FRAME)
def _load_frame(u, read, readline):
    size, = _unpack("<Q", read(8))
    u._inp.load_frame(size)


@_op(PERSID)
def _load_persid(u, read, readline):
    try:
        pid = readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u.stack.append(u.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(u, read, readline):
    pid = u._pop()
    u.stack.append(u.persistent_load(pid))


@_op(NONE)
def _load_none(u, read, readline):
    u.stack.append(None)


@_op(NEWFALSE)
def _load_false(u, read, readline):
    u.stack.append(False)


@_op(NEWTRUE)
def _load_true(u, read, readline):
    u.stack.append(True)


@_op(INT)
def _load_int(u, read, readline):
    data = readline()
    if data == b"00\n":
        val = False
    elif data == b"01\n":
        val = True
    else:
        val = int(data)
    u.stack.append(val)


@_op(BININT)
def _load_binint(u, read, readline):
    u.stack.append(_unpack("<i", read(4))[0])


@_op(BININT1)
def _load_binint1(u, read, readline):
    u.stack.append(read(1)[0])


@_op(BININT2)
def _load_binint2(u, read, readline):
    u.stack.append(_unpack("<H", read(2))[0])


@_op(LONG)
def _load_long(u, read, readline):
    val = readline()[:-1]
    if val and val[-1:] == b"L":
        val = val[:-1]
    u.stack.append(int(val))


@_op(LONG1)
def _load_long1(u, read, readline):
    n = read(1)[0]
    u.stack.append(int.from_bytes(read(n), "little", signed=True))


@_op(LONG4)
def _load_long4(u, read, readline):
    n, = _unpack("<i", read(4))
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.stack.append(int.from_bytes(read(n), "little", signed=True))


@_op(FLOAT)
def _load_float(u, read, readline):
    u.stack.append(float(readline()[:-1]))


@_op(BINFLOAT)
def _load_binfloat(u, read, readline):
    u.stack.append(_unpack(">d", read(8))[0])


@_op(STRING)
def _load_string(u, read, readline):
    data = readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u.stack.append(u._decode_string(_escape_decode(data.decode("latin-1"))))


@_op(BINSTRING)
def _load_binstring(u, read, readline):
    n, = _unpack("<i", read(4))
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.stack.append(u._decode_string(read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(u, read, readline):
    n = read(1)[0]
    u.stack.append(u._decode_string(read(n)))


@_op(BINBYTES)
def _load_binbytes(u, read, readline):
    n, = _unpack("<I", read(4))
    u.stack.append(bytes(read(n)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u, read, readline):
    n = read(1)[0]
    u.stack.append(bytes(read(n)))


@_op(BINBYTES8)
def _load_binbytes8(u, read, readline):
    n, = _unpack("<Q", read(8))
    u.stack.append(bytes(read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(u, read, readline):
    n, = _unpack("<Q", read(8))
    u.stack.append(bytearray(read(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(u, read, readline):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u.stack.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(u, read, readline):
    u._top()


@_op(UNICODE)
def _load_unicode(u, read, readline):
    u.stack.append(_decode_raw_unicode_escape(readline()[:-1]))


@_op(BINUNICODE)
def _load_binunicode(u, read, readline):
    n, = _unpack("<I", read(4))
    u.stack.append(read(n).decode("utf-8", "surrogatepass"))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u, read, readline):
    n = read(1)[0]
    u.stack.append(read(n).decode("utf-8", "surrogatepass"))


@_op(BINUNICODE8)
def _load_binunicode8(u, read, readline):
    n, = _unpack("<Q", read(8))
    u.stack.append(read(n).decode("utf-8", "surrogatepass"))


@_op(TUPLE)
def _load_tuple(u, read, readline):
    items = u._pop_mark()
    u.stack.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u, read, readline):
    u.stack.append(())


def _load_small_tuple(n):
    def load(u, read, readline):
        stack = u.stack
        if len(stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(stack[len(stack) - n:])
        del stack[len(stack) - n:]
        stack.append(items)
    return load


_DISPATCH[TUPLE1[0]] = _load_small_tuple(1)
_DISPATCH[TUPLE2[0]] = _load_small_tuple(2)
_DISPATCH[TUPLE3[0]] = _load_small_tuple(3)


@_op(EMPTY_LIST)
def _load_empty_list(u, read, readline):
    u.stack.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(u, read, readline):
    u.stack.append({})


@_op(EMPTY_SET)
def _load_empty_set(u, read, readline):
    u.stack.append(set())


@_op(FROZENSET)
def _load_frozenset(u, read, readline):
    items = u._pop_mark()
    u.stack.append(frozenset(items))


@_op(LIST)
def _load_list(u, read, readline):
    items = u._pop_mark()
    u.stack.append(items)


@_op(DICT)
def _load_dict(u, read, readline):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})


def _instantiate(u, klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" % (klass.__name__, err)) from None
    else:
        value = klass.__new__(klass)
    u.stack.append(value)


@_op(INST)
def _load_inst(u, read, readline):
    module = readline()[:-1].decode("ascii")
    name = readline()[:-1].decode("ascii")
    klass = u.find_class(module, name)
    args = u._pop_mark()
    _instantiate(u, klass, args)


@_op(OBJ)
def _load_obj(u, read, readline):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    _instantiate(u, cls, args)


@_op(NEWOBJ)
def _load_newobj(u, read, readline):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument must be a type, not %s" % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s" % type(args).__name__)
    u.stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u, read, readline):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    u.stack.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(u, read, readline):
    module = readline()[:-1].decode("utf-8")
    name = readline()[:-1].decode("utf-8")
    u.stack.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u, read, readline):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.stack.append(u.find_class(module, name))


def _load_ext(u, code):
    obj = copyreg._extension_cache.get(code)
    if obj is None:
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = u.find_class(*key)
        copyreg._extension_cache[code] = obj
    u.stack.append(obj)


@_op(EXT1)
def _load_ext1(u, read, readline):
    _load_ext(u, read(1)[0])


@_op(EXT2)
def _load_ext2(u, read, readline):
    _load_ext(u, _unpack("<H", read(2))[0])


@_op(EXT4)
def _load_ext4(u, read, readline):
    _load_ext(u, _unpack("<i", read(4))[0])


@_op(REDUCE)
def _load_reduce(u, read, readline):
    args = u._pop()
    stack = u.stack
    if not stack:
        raise UnpicklingError("unpickling stack underflow")
    func = stack[-1]
    stack[-1] = func(*args)


@_op(POP)
def _load_pop(u, read, readline):
    if u.stack:
        u.stack.pop()
    elif u.metastack:
        u._pop_mark()
    else:
        raise UnpicklingError("unpickling stack underflow")


@_op(POP_MARK)
def _load_pop_mark(u, read, readline):
    u._pop_mark()


@_op(DUP)
def _load_dup(u, read, readline):
    u.stack.append(u._top())


def _memo_get(u, idx):
    try:
        u.stack.append(u.memo[idx])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % idx) from None


@_op(GET)
def _load_get(u, read, readline):
    _memo_get(u, int(readline()[:-1]))


@_op(BINGET)
def _load_binget(u, read, readline):
    _memo_get(u, read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(u, read, readline):
    _memo_get(u, _unpack("<I", read(4))[0])


@_op(PUT)
def _load_put(u, read, readline):
    idx = int(readline()[:-1])
    if idx < 0:
        raise ValueError("negative PUT argument")
    u.memo[idx] = u._top()


@_op(BINPUT)
def _load_binput(u, read, readline):
    u.memo[read(1)[0]] = u._top()


@_op(LONG_BINPUT)
def _load_long_binput(u, read, readline):
    u.memo[_unpack("<I", read(4))[0]] = u._top()


@_op(MEMOIZE)
def _load_memoize(u, read, readline):
    u.memo[len(u.memo)] = u._top()


@_op(APPEND)
def _load_append(u, read, readline):
    value = u._pop()
    target = u._top()
    if type(target) is list:
        target.append(value)
    else:
        target.append(value)


@_op(APPENDS)
def _load_appends(u, read, readline):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
    else:
        append = target.append
        for item in items:
            append(item)


@_op(SETITEM)
def _load_setitem(u, read, readline):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


@_op(SETITEMS)
def _load_setitems(u, read, readline):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for i in range(0, len(items) - 1, 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(u, read, readline):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for item in items:
            add(item)


@_op(BUILD)
def _load_build(u, read, readline):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for k, v in state.items():
            inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(MARK)
def _load_mark(u, read, readline):
    u.metastack.append(u.stack)
    u.stack = []


@_op(STOP)
def _load_stop(u, read, readline):
    raise _Stop(u._pop())


# ---- module-level shortcuts ----

class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


# Graphs of built-in values and instances of plain classes are pickled and unpickled
# natively (compiler/src/modules/pickle_fast); it answers None / NotImplemented, before any
# effect, for anything else, and the Python Pickler / Unpickler above then do the whole job.
from _pickle_fast import dumps as _fast_dumps, loads as _fast_loads


def _fast_protocol(protocol, buffer_callback):
    """The protocol the native pickler writes for these arguments, or None."""
    if buffer_callback is not None:
        return None
    if protocol is None:
        return DEFAULT_PROTOCOL
    if type(protocol) is not int or protocol > HIGHEST_PROTOCOL:
        return None
    return HIGHEST_PROTOCOL if protocol < 0 else protocol


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    proto = _fast_protocol(protocol, buffer_callback)
    if proto is not None:
        try:
            write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        pieces = _fast_dumps(obj, proto, True, fix_imports)
        if pieces is not None:
            for piece in pieces:
                write(piece)
            return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    proto = _fast_protocol(protocol, buffer_callback)
    if proto is not None:
        data = _fast_dumps(obj, proto, False, fix_imports)
        if data is not None:
            return data
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if type(data) is bytes and (buffers is None or type(buffers) is tuple or type(buffers) is list):
        obj = _fast_loads(data, fix_imports)
        if obj is not NotImplemented:
            return obj
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(None, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    return u._run(_Input(bytes(data)))
