"""zlib: deflate compression compatible with zlib 1.2.13 (CPython 3.13's), over _zlib."""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def _bytes(data):
    if type(data) is bytes:
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    return _zlib.compress(_bytes(data), _int(level), _int(wbits), error)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes(data)
    wbits = _int(wbits)
    bufsize = _int(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    return _zlib.decompress(data, wbits, bufsize, error)


def crc32(data, value=0, /):
    return _zlib.crc32(_bytes(data), _int(value) & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _zlib.adler32(_bytes(data), _int(value) & 0xFFFFFFFF)


class Compress:
    __slots__ = ("_id",)

    def compress(self, data, /):
        return _zlib.compressor_compress(self._id, _bytes(data), error)

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        return _zlib.compressor_flush(self._id, mode, error)

    def copy(self):
        new = _zlib.copy(self._id)
        if new is None:
            raise ValueError("Inconsistent stream state")
        c = Compress.__new__(Compress)
        c._id = new
        return c

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if zdict is not None:
        if not isinstance(zdict, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(zdict).__name__)
        zdict = bytes(zdict)
    cid = _zlib.compressobj(_int(level), _int(method), _int(wbits), _int(memLevel), _int(strategy), zdict)
    if cid is None:
        raise ValueError("Invalid initialization option")
    if cid == 0:
        raise ValueError("Invalid dictionary")
    c = Compress.__new__(Compress)
    c._id = cid
    return c


class Decompress:
    __slots__ = ("_id", "unused_data", "unconsumed_tail", "eof")

    def _take(self, result):
        out, self.unconsumed_tail, self.unused_data, self.eof, message = result
        if message is not None:
            raise error(message)
        return out

    def decompress(self, data, /, max_length=0):
        data = _bytes(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return self._take(_zlib.decompressor_decompress(self._id, data, max_length))

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        return self._take(_zlib.decompressor_flush(self._id, length))

    def copy(self):
        new = None if self.eof else _zlib.copy(self._id)
        if new is None:
            raise ValueError("Inconsistent stream state")
        d = Decompress.__new__(Decompress)
        d._id = new
        d.unused_data = self.unused_data
        d.unconsumed_tail = self.unconsumed_tail
        d.eof = self.eof
        return d

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()


Decompress.__module__ = "zlib"


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    if not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("zdict argument must support the buffer protocol")
    zdict = bytes(zdict)
    did = _zlib.decompressobj(_int(wbits), zdict if zdict else None, error)
    if did is None:
        raise ValueError("Invalid initialization option")
    d = Decompress.__new__(Decompress)
    d._id = did
    d.unused_data = b""
    d.unconsumed_tail = b""
    d.eof = False
    return d
