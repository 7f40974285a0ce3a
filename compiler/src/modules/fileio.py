# `_fileio`: the file objects of Edge Python's `open()`. The content goes through the host's
# file system (`_os`): a file is read whole when opened, and every write reaches the host at
# once (appended when it lands at the end, the whole file rewritten otherwise), so what a
# program wrote is visible to a later open() even if the file was never closed.
from _os import _read, _write, _kind


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


_NEWLINES = (None, "", "\n", "\r", "\r\n")


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _readlines(f, hint):
    """CPython's IOBase.readlines: the lines `iter(f)` gives, up to the one that takes their
    total length past `hint` (all of them when hint <= 0)."""
    if hint is None:
        hint = -1
    elif not isinstance(hint, int):
        if not hasattr(type(hint), "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(hint).__name__}'")
        hint = hint.__index__()
    if hint <= 0:
        return list(f)
    lines = []
    total = 0
    for line in f:
        lines.append(line)
        if len(line) > hint - total:
            break
        total += len(line)
    return lines


class _File:
    __module__ = "_io"

    def __init__(self, name, mode, flags, binary, encoding, newline):
        self.name = name
        self.mode = mode
        self._readable, self._writable, self._append = flags
        self._binary = binary
        self._encoding = encoding
        self._newline = newline
        self._closed = False
        path = name
        kind = _kind(path)
        if kind == 2:
            raise IsADirectoryError(21, "Is a directory", name)
        create, reading, writing, appending = "x" in mode, "r" in mode, "w" in mode, "a" in mode
        if create and kind:
            raise FileExistsError(17, "File exists", name)
        if reading:
            self._buf = bytearray(_read(path))
        elif appending and kind:
            self._buf = bytearray(_read(path))
        else:
            _write(path, b"", False)
            self._buf = bytearray()
        self._pos = len(self._buf) if appending else 0

    # ---- state ----

    @property
    def closed(self):
        return self._closed

    def _check(self, readable=False, writable=False):
        if self._closed:
            raise _closed_error()
        if readable and not self._readable:
            raise UnsupportedOperation("not readable")
        if writable and not self._writable:
            raise UnsupportedOperation("not writable")

    def _check_raw(self):
        # The state queries ask the raw file, whose message has no final period.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        if self._readable:
            self._check_raw()
        return self._readable

    def writable(self):
        if self._writable:
            self._check_raw()
        return self._writable

    def seekable(self):
        self._check_raw()
        return True

    def isatty(self):
        self._check_raw()
        return False

    def fileno(self):
        self._check_raw()
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        return _readlines(self, hint)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    # ---- bytes level ----

    def _put(self, data):
        if self._append:
            self._pos = len(self._buf)
        end = self._pos + len(data)
        if self._pos == len(self._buf):
            self._buf += data
            _write(self.name, bytes(data), True)
        else:
            if self._pos > len(self._buf):
                self._buf += bytes(self._pos - len(self._buf))
            self._buf[self._pos:end] = data
            _write(self.name, bytes(self._buf), False)
        self._pos = end

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self._pos
        if size < 0:
            raise OSError(22, "Invalid argument")
        del self._buf[size:]
        _write(self.name, bytes(self._buf), False)
        return size

    def _line_end(self, start):
        """Index just past the end of the line starting at `start` (byte level)."""
        buf = self._buf
        nl = self._newline
        if self._binary or nl == "\n":
            i = buf.find(b"\n", start)
            return len(buf) if i < 0 else i + 1
        if nl == "\r\n":
            i = buf.find(b"\r\n", start)
            return len(buf) if i < 0 else i + 2
        if nl == "\r":
            i = buf.find(b"\r", start)
            return len(buf) if i < 0 else i + 1
        # Universal newlines (None) and newline="": "\n", "\r" or "\r\n". The "\r" search
        # stops at the "\n": scanning to the end for each line made reading a file quadratic.
        n = buf.find(b"\n", start)
        r = buf.find(b"\r", start, len(buf) if n < 0 else n)
        if r < 0 or (0 <= n < r):
            return len(buf) if n < 0 else n + 1
        if r + 1 < len(buf) and buf[r + 1] == 10:
            return r + 2
        return r + 1

    def _decode(self, data):
        text = data.decode(self._encoding)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text


class BufferedReader(_File):
    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"

    def _check_op(self, allowed, op, closed_msg):
        # Binary files refuse an operation of the wrong mode first, then a closed file.
        if not allowed:
            raise UnsupportedOperation(op)
        if self._closed:
            raise ValueError(closed_msg)

    def read(self, size=-1):
        self._check_op(self._readable, "read", "read of closed file")
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_op(self._readable, "read", "readline of closed file")
        end = self._line_end(self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def write(self, data):
        if not self._writable:
            raise UnsupportedOperation("write")
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        if self._closed:
            raise ValueError("write to closed file")
        self._put(bytes(data))
        return len(data)

    def truncate(self, size=None):
        if self._closed:
            raise ValueError("truncate of closed file")
        if not self._writable:
            raise UnsupportedOperation("truncate")
        return _File.truncate(self, size)

    def flush(self):
        if self._closed:
            raise ValueError("flush of closed file" if self._writable else "I/O operation on closed file.")

    def tell(self):
        self._check_raw()
        return self._pos

    def seek(self, offset, whence=0):
        if self._closed:
            raise ValueError("seek of closed file")
        if whence == 0:
            if offset < 0:
                raise ValueError(f"negative seek position {offset}")
            self._pos = offset
        elif whence == 1:
            self._pos = max(0, self._pos + offset)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + offset)
        else:
            raise ValueError(f"whence value {whence} unsupported")
        return self._pos


class BufferedWriter(BufferedReader):
    pass


class BufferedRandom(BufferedReader):
    pass


class TextIOWrapper(_File):
    # `io.TextIOWrapper(buffer, ...)` from a program wraps a binary stream: that is io's
    # `_BufferText` (a subclass); open() passes a file name.
    def __new__(cls, *args, **kw):
        if cls is TextIOWrapper and (kw.get("buffer") is not None or args and hasattr(args[0], "read") or args and hasattr(args[0], "write")):
            from io import _BufferText

            return object.__new__(_BufferText)
        return object.__new__(cls)

    def __init__(self, *args, **kw):
        init = type(self).__init__
        if init is not TextIOWrapper.__init__:
            return init(self, *args, **kw)
        _File.__init__(self, *args, **kw)

    @property
    def encoding(self):
        return self._encoding_name

    @property
    def errors(self):
        return "strict"

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self._encoding_name!r}>"

    def read(self, size=-1):
        self._check(readable=True)
        if size is None or size < 0:
            data = bytes(self._buf[self._pos:])
            self._pos = max(self._pos, len(self._buf))
            return self._decode(data)
        # `size` characters after newline translation.
        out = []
        while len(out) < size and self._pos < len(self._buf):
            line = self.readline(size - len(out))
            out.extend(line)
        return "".join(out)

    def readline(self, size=-1):
        self._check(readable=True)
        start = self._pos
        end = self._line_end(start)
        text = self._decode(bytes(self._buf[start:end]))
        if size is not None and 0 <= size < len(text):
            text = text[:size]
            raw = text.encode(self._encoding)
            # A cut "\r\n" that became "\n" still consumes both bytes.
            if self._newline is None and text.endswith("\n") and self._buf[start + len(raw) - 1] == 13:
                raw += b"\n"
            end = start + len(raw)
        self._pos = max(self._pos, end)
        return text

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._check(writable=True)
        text = s
        if self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        self._put(text.encode(self._encoding))
        return len(s)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("truncate")
        return _File.truncate(self, size)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0:
            if offset < 0:
                raise ValueError(f"Negative seek position {offset}")
            self._pos = offset
        elif whence == 2:
            self._pos = len(self._buf)
        elif whence != 1:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        fspath = getattr(type(file), "__fspath__", None)
        if isinstance(file, bytes):
            file = file.decode()
        elif fspath is not None:
            file = fspath(file)
        else:
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    chars = set(mode)
    if len(chars) != len(mode) or not chars <= set("axrwb+t"):
        raise ValueError(f"invalid mode: '{mode}'")
    if (("x" in chars) + ("r" in chars) + ("w" in chars) + ("a" in chars)) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    binary = "b" in chars
    if binary and "t" in chars:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in _NEWLINES:
        raise ValueError(f"illegal newline value: {newline}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    plus = "+" in chars
    flags = ("r" in chars or plus, "r" not in chars or plus, "a" in chars)
    if binary:
        cls = BufferedRandom if plus else (BufferedReader if "r" in chars else BufferedWriter)
        return cls(file, mode, flags, True, None, None)
    codec = encoding or "utf-8"
    "".encode(codec)  # LookupError for an unknown encoding, before the file is touched
    f = TextIOWrapper(file, mode, flags, False, codec, newline)
    f._encoding_name = encoding if encoding is not None else "UTF-8"
    return f
