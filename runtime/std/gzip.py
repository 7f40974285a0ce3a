"""gzip: RFC 1952 members (a small header, raw deflate from zlib, CRC-32 and size) in one
shot (`compress`/`decompress`) or as files (`GzipFile`, `open`), with CPython's API and bytes."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ = "rb"
WRITE = "wb"
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(level):
    # The "extra flags" byte: 2 for the best compression, 4 for the fastest.
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    member = zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    # zlib writes a gzip header with no time and OS 3; CPython's has the time and OS 255.
    return member[:4] + struct.pack("<L", int(mtime) & 0xFFFFFFFF) + member[8:9] + b"\xff" + member[10:]


class _Input:
    """Reads a file object with the bytes taken back that a member's end left over."""

    def __init__(self, fp):
        self.fp = fp
        self.buf = b""

    def read(self, n):
        if self.buf:
            out, self.buf = self.buf[:n], self.buf[n:]
            if len(out) < n:
                out += self.fp.read(n - len(out))
            return out
        return self.fp.read(n)

    def exact(self, n):
        data = self.read(n)
        while len(data) < n:
            more = self.read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def unread(self, data):
        self.buf = data + self.buf

    def chunk(self):
        if self.buf:
            out, self.buf = self.buf, b""
            return out
        return self.fp.read(READ_BUFFER_SIZE)


def _read_header(inp):
    """Skips a member header; gives its mtime, or None at the end of the input."""
    magic = inp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", inp.exact(8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        inp.exact(struct.unpack("<H", inp.exact(2))[0])
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while True:
                c = inp.read(1)
                if not c or c == b"\0":
                    break
    if flags & FHCRC:
        inp.exact(2)
    return mtime


def _check_trailer(trailer, crc, size, crc_message):
    want_crc, want_size = struct.unpack("<II", trailer)
    if want_crc != crc:
        raise BadGzipFile(crc_message(want_crc, crc))
    if want_size != size & 0xFFFFFFFF:
        raise BadGzipFile("Incorrect length of data produced")


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member, in order)."""
    members = []
    while True:
        inp = _Input(io.BytesIO(data))
        if _read_header(inp) is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(inp.buf + inp.fp.read())
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        _check_trailer(d.unused_data[:8], zlib.crc32(out), len(out), lambda w, g: "CRC check failed")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\0")


class _Reader:
    """The decompressed bytes of a gzip file's members, chunk by chunk."""

    def __init__(self, fp):
        self.inp = _Input(fp)
        self.dec = None
        self.last_mtime = None
        self.done = False

    def chunk(self, size):
        """Up to `size` bytes (any amount if size <= 0); b"" at the end of the file."""
        while not self.done:
            if self.dec is None:
                mtime = _read_header(self.inp)
                if mtime is None:
                    self.done = True
                    break
                self.last_mtime = mtime
                self.dec = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            data = self.dec.unconsumed_tail or self.inp.chunk()
            out = self.dec.decompress(data, max(size, 0))
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if self.dec.eof:
                self.inp.unread(self.dec.unused_data)
                self._end_member()
            elif not out and not data:
                raise EOFError(_TRUNCATED)
            if out:
                return out
        return b""

    def _end_member(self):
        _check_trailer(self.inp.exact(8), self.crc, self.size,
                       lambda w, g: "CRC check failed %s != %s" % (hex(w), hex(g)))
        c = b"\0"
        while c == b"\0":
            c = self.inp.read(1)
        if c:
            self.inp.unread(c)
        self.dec = None


def _ebadf(what):
    import errno
    return OSError(errno.EBADF, what)


class GzipFile(io.BufferedIOBase):
    """A gzip file over a file object (or a named file): read or written as bytes."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self._pos = 0
        self._pending = b""
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self.name = filename
            self.crc = 0
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._buffer_size = _WRITE_BUFFER_SIZE
            self._wbuf = bytearray()
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader.last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = b"\037\213\010" + bytes([FNAME if fname else 0])
        header += struct.pack("<L", int(mtime) & 0xFFFFFFFF) + bytes([_xfl(compresslevel), 255])
        if fname:
            header += fname + b"\0"
        self.fileobj.write(header)

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise _ebadf("write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        # Buffered like CPython's BufferedWriter: `offset` counts what reached the compressor.
        if self._wbuf and len(self._wbuf) + length > self._buffer_size:
            self._flush_buffer()
        if length > self._buffer_size:
            self._write_raw(data)
        elif length:
            self._wbuf += data
        return length

    def _flush_buffer(self):
        if self._wbuf:
            data, self._wbuf = bytes(self._wbuf), bytearray()
            self._write_raw(data)

    def _write_raw(self, data):
        self.fileobj.write(self.compress.compress(data))
        self.size += len(data)
        self.crc = zlib.crc32(data, self.crc)
        self.offset += len(data)

    def _fill(self, size):
        if not self._pending:
            self._pending = self._reader.chunk(size)
        return self._pending

    def _take(self, n):
        out, self._pending = self._pending[:n], self._pending[n:]
        self._pos += len(out)
        return out

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise _ebadf("read() on write-only GzipFile object")
        if size is None or size < 0:
            parts = [self._take(len(self._pending))]
            while True:
                chunk = self._reader.chunk(0)
                if not chunk:
                    break
                self._pos += len(chunk)
                parts.append(chunk)
            return b"".join(parts)
        parts = []
        while size > 0 and self._fill(size):
            part = self._take(size)
            size -= len(part)
            parts.append(part)
        return b"".join(parts)

    def read1(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise _ebadf("read1() on write-only GzipFile object")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b""
        self._fill(size)
        return self._take(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            raise _ebadf("peek() on write-only GzipFile object")
        return self._fill(max(n, io.DEFAULT_BUFFER_SIZE))

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        parts = []
        while size != 0 and self._fill(READ_BUFFER_SIZE):
            end = self._pending.find(b"\n") + 1 or len(self._pending)
            if 0 < size < end:
                end = size
            part = self._take(end)
            parts.append(part)
            size -= len(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                self._flush_buffer()
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._flush_buffer()
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._pending = b""
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            self._flush_buffer()
            return self.offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            self._flush_buffer()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            chunk = b"\0" * self._buffer_size
            for _ in range(count // self._buffer_size):
                self.write(chunk)
            self.write(b"\0" * (count % self._buffer_size))
            return self.offset
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, READ_BUFFER_SIZE)):
                break
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
