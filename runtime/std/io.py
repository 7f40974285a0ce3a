# The `io` module of Edge Python: in-memory text and binary streams, and the file objects of
# open() (built into the VM as `_fileio`).
from _fileio import (UnsupportedOperation, open, TextIOWrapper, BufferedReader, BufferedWriter,
                     BufferedRandom, _readlines)

__all__ = ["BytesIO", "StringIO", "IOBase", "TextIOBase", "BufferedIOBase", "RawIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "open", "TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def _index(v, what="argument should be integer or None"):
    if v is None:
        return -1
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return v.__index__()
    raise TypeError(f"{what}, not '{type(v).__name__}'")


def _int(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return v.__index__()
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


class IOBase:
    # Subclasses need not call __init__ (CPython's IOBase keeps this state in C).
    _closed = False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readline(self, size=-1):
        # A byte at a time through read(): the subclass's read is all IOBase knows of.
        size = _index(size)
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        # Iterates the stream, so a subclass's __iter__/__next__ are what it reads.
        return _readlines(self, hint)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_closed(self):
        # CPython's IOBase asks `closed`, which a subclass may define its own way; the
        # concrete classes' own checks (_check) may word the message differently.
        if self.closed:
            raise ValueError("I/O operation on closed file.")


class RawIOBase(IOBase):
    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            data += chunk
        return bytes(data)


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory(IOBase):
    """The buffer logic shared by StringIO and BytesIO: `_buf` is a str or bytearray."""

    def getvalue(self):
        self._check()
        return self._value()

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        end = len(buf) if size < 0 else min(len(buf), start + size)
        if start >= end:
            return self._empty
        self._pos = end
        return self._out(buf[start:end])

    def seek(self, pos, whence=0):
        self._check()
        pos = _int(pos)
        whence = _int(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(self._neg_seek(pos))
            self._pos = pos
        elif whence == 1:
            if self._text and pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if self._text and pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def _put(self, data):
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        if pos == len(buf):
            buf += data
        else:
            buf = buf[:pos] + data + buf[pos + n:]
        self._buf = buf
        self._pos = pos + n
        return n


class StringIO(_Memory, TextIOBase):
    __module__ = "_io"
    _text = True
    _empty = ""
    _pad = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._closed = False
        self._newline = newline
        self._plain = newline in ("", "\n")
        self._pending = []
        self._b = ""
        self._size = 0
        self._pos = 0
        if initial_value:
            self._put(self._translate(initial_value))
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        return self._buf

    def _out(self, s):
        return s

    def _neg_seek(self, pos):
        return f"Negative seek position {pos}"

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("\r", "\r\n"):
            return s.replace("\n", nl)
        return s

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def flush(self):
        # Nothing to flush, even once closed.
        pass

    def write(self, s):
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._closed:
            self._check()
        n = len(s)
        if self._plain and self._pos == self._size:
            if n:
                self._pending.append(s)
                self._size += n
                self._pos += n
            return n
        self._put(self._translate(s))
        return n

    @property
    def _buf(self):
        if self._pending:
            self._b = self._b + "".join(self._pending)
            self._pending = []
        return self._b

    @_buf.setter
    def _buf(self, value):
        self._pending = []
        self._b = value
        self._size = len(value)

    def __next__(self):
        if self._closed:
            self._check()
        if self._pending:
            self._b = self._b + "".join(self._pending)
            self._pending = []
        if self._newline != "\n":
            line = self.readline()
            if not line:
                raise StopIteration
            return line
        buf = self._b
        start = self._pos
        if start >= len(buf):
            raise StopIteration
        i = buf.find("\n", start)
        end = len(buf) if i < 0 else i + 1
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ""
        nl = self._newline
        if nl == "":
            i = start
            n = len(buf)
            end = n
            while i < n:
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if i + 1 < n and buf[i + 1] == "\n" else i + 1
                    break
                i += 1
        else:
            sep = "\n" if nl is None else nl
            i = buf.find(sep, start)
            end = len(buf) if i < 0 else i + len(sep)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Memory, BufferedIOBase):
    __module__ = "_io"
    _text = False
    _empty = b""
    _pad = b"\0"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytearray(self._bytes(initial_bytes))

    def _bytes(self, b):
        if isinstance(b, (bytes, bytearray)):
            return b
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")

    def _value(self):
        return bytes(self._buf)

    def _out(self, b):
        return bytes(b)

    def _neg_seek(self, pos):
        return f"negative seek value {pos}"

    def write(self, b):
        if self._closed:
            self._check()
        t = type(b)
        if t is not bytes and t is not bytearray:
            b = self._bytes(b)
        n = len(b)
        buf = self._buf
        if self._pos == len(buf):
            buf.extend(b)
            self._pos += n
            return n
        self._put(b)
        return n

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        i = buf.find(b"\n", start)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def __iter__(self):
        # CPython's BytesIO checks for a closed stream in __next__ only.
        return self

    def readlines(self, hint=-1):
        # BytesIO's own: it stops once the lines read reach `hint` (IOBase's passes it).
        self._check()
        hint = _index(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def getbuffer(self):
        self._check()
        return self._buf

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


class _BufferText(TextIOWrapper):
    """`TextIOWrapper(buffer, encoding, errors, newline, ...)` over a binary stream such as
    BytesIO: text is encoded and written through to the buffer at once; reading decodes what
    the buffer has left on first use and serves it with the newline mode's translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        self._buffer = buffer
        self._enc = "UTF-8" if encoding is None or encoding == "locale" else encoding
        "".encode(self._enc)  # LookupError: unknown encoding
        self._errs = "strict" if errors is None else errors
        self._nl = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None  # decoded, translated text not yet read
        self._at = 0
        self._seen = set()

    # ---- attributes ----

    encoding = property(lambda self: self._enc)
    errors = property(lambda self: self._errs)
    buffer = property(lambda self: self._buffer)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        kinds = [k for k in ("\r", "\n", "\r\n") if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def __repr__(self):
        try:
            name = self._buffer.name
        except AttributeError:
            return f"<_io.TextIOWrapper encoding={self._enc!r}>"
        return f"<_io.TextIOWrapper name={name!r} encoding={self._enc!r}>"

    def _check(self, readable=False, writable=False):
        # The modes are the buffer's to check; __enter__, __iter__ and __next__ come from the
        # file class and call this.
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return False

    def fileno(self):
        return self._buffer.fileno()

    # ---- reading ----

    def _load(self):
        self._check()
        if self._text is None:
            raw = self._buffer.read()
            text = bytes(raw).decode(self._enc, self._errs)
            for k in ("\r\n", "\r", "\n"):
                if k in text:
                    self._seen.add(k)
            if "\r\n" in text and "\r" not in text.replace("\r\n", ""):
                self._seen.discard("\r")
            if "\n" in text and "\n" not in text.replace("\r\n", ""):
                self._seen.discard("\n")
            if self._nl is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text, self._at = text, 0
        return self._text

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            out = text[self._at:]
        else:
            out = text[self._at:self._at + size]
        self._at += len(out)
        return out

    def _line_end(self, text, start):
        nl = self._nl
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return len(text) if i < 0 else i + 1
        if nl == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return len(text)
        i = text.find(nl, start)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        text = self._load()
        end = self._line_end(text, self._at)
        if size is not None and size >= 0:
            end = min(end, self._at + size)
        out = text[self._at:end]
        self._at = end
        return out

    # ---- writing ----

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._nl not in (None, "", "\n"):
            text = text.replace("\n", self._nl)
        self._text = None
        self._buffer.write(text.encode(self._enc, self._errs))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        buffer = self._buffer
        return buffer

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._text = None
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._check()
        if self._text is None:
            return self._buffer.tell()
        rest = self._text[self._at:].encode(self._enc, self._errs)
        return self._buffer.tell() - len(rest)

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._enc = encoding
        if errors is not None:
            self._errs = errors
        if newline is not Ellipsis:
            self._nl = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def __del__(self):
        pass


_BufferText.__name__ = _BufferText.__qualname__ = "TextIOWrapper"
_BufferText.__module__ = "_io"
