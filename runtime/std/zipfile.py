"""zipfile: reading and writing ZIP archives (stored or deflated members, zip64 records, the
traditional PKWARE encryption for reading), with CPython 3.13's API, messages and bytes: an
archive written here is the one CPython writes for the same members and dates."""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that needs ZIP64 extensions when they are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# Record layouts (APPNOTE.TXT): end of central directory, central directory entry, local
# header, and the zip64 end record with its locator.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8
_ECD_LOCATION = 9

_FH_SIGNATURE = 0
_FH_GENERAL_PURPOSE_FLAG_BITS = 3
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11

_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

_DD_SIGNATURE = 0x08074B50

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode", 12: "bzip2",
    14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

# The upper half of code page 437, the names' encoding when the UTF-8 flag is off (the
# runtime has no cp437 codec of its own).
_CP437_HIGH = ("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧"
               "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0")


def _decode_name(raw, encoding):
    if encoding is not None and encoding.lower().replace("-", "").replace("_", "") not in ("cp437", "437", "ibm437"):
        return raw.decode(encoding)
    return "".join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    return None


def _dos_date_time(dt):
    dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    return dosdate, dostime


def _strip_extra(extra, xids):
    """`extra` without the fields whose ids are in `xids`."""
    kept = []
    i = 0
    changed = False
    while i + 4 <= len(extra):
        xid, xlen = struct.unpack("<HH", extra[i:i + 4])
        end = i + 4 + xlen
        if xid in xids:
            changed = True
        else:
            kept.append(extra[i:end])
        i = end
    if not changed:
        return extra
    kept.append(extra[i:])
    return b"".join(kept)


def _sanitize_filename(filename):
    nul = filename.find("\0")
    if nul >= 0:
        filename = filename[:nul]
    return filename


class ZipInfo:
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time", "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    @property
    def compress_level(self):
        return self._compresslevel

    @compress_level.setter
    def compress_level(self, value):
        self._compresslevel = value

    def __repr__(self):
        out = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(" compress_type=%s" % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            out.append(" filemode=%r" % stat.filemode(hi))
        if lo:
            out.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(" file_size=%r" % self.file_size)
        if (not isdir or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            out.append(" compress_size=%r" % self.compress_size)
        out.append(">")
        return "".join(out)

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        dosdate, dostime = _dos_date_time(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, file_size, compress_size)
            file_size = compress_size = 0xFFFFFFFF
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version, self.reserved,
                             flag_bits, self.compress_type, dostime, dosdate, crc, compress_size,
                             file_size, len(filename), len(extra))
        return header + filename + extra

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self, filename_crc):
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack("<HH", extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            data = extra[4:ln + 4]
            if tp == 0x0001:
                self._read_zip64_extra(data)
            elif tp == 0x7075:
                self._read_unicode_path(data, filename_crc)
            extra = extra[ln + 4:]

    def _read_zip64_extra(self, data):
        # Only the fields whose 32-bit slot is saturated are present, in this order.
        for field, attr, saturated in (("File size", "file_size", (0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF)),
                                       ("Compress size", "compress_size", (0xFFFFFFFF,)),
                                       ("Header offset", "header_offset", (0xFFFFFFFF,))):
            if getattr(self, attr) in saturated:
                if len(data) < 8:
                    raise BadZipFile(f"Corrupt zip64 extra field. {field} not found.")
                setattr(self, attr, struct.unpack("<Q", data[:8])[0])
                data = data[8:]

    def _read_unicode_path(self, data, filename_crc):
        if len(data) < 5:
            raise BadZipFile("Corrupt unicode path extra field (0x7075)")
        version, name_crc = struct.unpack("<BL", data[:5])
        if version == 1 and name_crc == filename_crc:
            try:
                name = data[5:].decode("utf-8")
            except UnicodeDecodeError:
                raise BadZipFile("Corrupt unicode path extra field (0x7075)") from None
            if name:
                self.filename = _sanitize_filename(name)

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = st.st_mode & 0o170000 == 0o040000
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename.endswith("/")


class _ZipDecrypter:
    """The traditional PKWARE stream cipher: three keys stirred by CRC-32 steps."""

    _table = None

    def __init__(self, pwd):
        if _ZipDecrypter._table is None:
            _ZipDecrypter._table = binascii._crc32_table()
        self.keys = [305419896, 591751049, 878082192]
        for c in pwd:
            self._update(c)

    def _crc(self, key, c):
        return (key >> 8) ^ self._table[(key ^ c) & 0xFF]

    def _update(self, c):
        k0, k1, k2 = self.keys
        k0 = self._crc(k0, c)
        k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF
        k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, (k1 >> 24) & 0xFF)
        self.keys = [k0, k1, k2]

    def __call__(self, data):
        out = bytearray()
        for c in data:
            k = self.keys[2] | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._update(c)
            out.append(c)
        return bytes(out)


class _SharedFile:
    """A view of the archive's file with its own position, so that several members can be
    read at once from one file object."""

    def __init__(self, file, pos, close, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        if self._writing():
            raise ValueError("Can't reposition in the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._file.seek(offset, whence)
        self._pos = self._file.tell()
        return self._pos

    def read(self, n=-1):
        if self._writing():
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._file.seek(self._pos)
        data = self._file.read(n)
        self._pos = self._file.tell()
        return data

    def close(self):
        if self._file is not None:
            file, self._file = self._file, None
            self._close(file)


class _Tellable:
    """Counts the bytes written to a stream that cannot tell its position."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """File-like object for reading an archive member.
       Is returned by ZipFile.open().
    """

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._closed = False
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        self._left = zipinfo.file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b""
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        self._expected_crc = getattr(zipinfo, "CRC", None)
        self._running_crc = 0
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._orig_compress_size = zipinfo.compress_size
                self._orig_file_size = zipinfo.file_size
                self._seekable = True
        except AttributeError:
            pass
        self._decrypter = None
        if pwd:
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check_byte = (zipinfo._raw_time >> 8) & 0xFF
            else:
                check_byte = (zipinfo.CRC >> 24) & 0xFF
            if self._init_decrypter() != check_byte:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _init_decrypter(self):
        self._decrypter = _ZipDecrypter(self._pwd)
        # 12 bytes of encryption header; the last one checks the password.
        header = self._fileobj.read(12)
        self._compress_left -= 12
        return self._decrypter(header)[11]

    def __repr__(self):
        out = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            out.append(" name=%r" % (self.name,))
            if self._compress_type != ZIP_STORED:
                out.append(" compress_type=%s" % compressor_names.get(self._compress_type, self._compress_type))
        else:
            out.append(" [closed]")
        out.append(">")
        return "".join(out)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _buffered(self):
        return len(self._readbuffer) - self._offset

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        if limit < 0:
            # A line already buffered is served even once closed, as by CPython.
            end = self._readbuffer.find(b"\n", self._offset) + 1
            if end > 0:
                line = self._readbuffer[self._offset:end]
                self._offset = end
                return line
        if self.closed:
            raise ValueError("read from closed file.")
        line = b""
        while limit < 0 or len(line) < limit:
            if not self._buffered():
                chunk = self.read1(self.MIN_READ_SIZE)
                if not chunk:
                    break
                self._readbuffer = chunk
                self._offset = 0
            end = self._readbuffer.find(b"\n", self._offset) + 1 or len(self._readbuffer)
            if limit >= 0:
                end = min(end, self._offset + limit - len(line))
            line += self._readbuffer[self._offset:end]
            self._offset = end
            if line.endswith(b"\n"):
                break
        return line

    def peek(self, n=1):
        """Returns buffered bytes without advancing the position."""
        if n > self._buffered():
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def read(self, n=-1):
        """Read and return up to n bytes (all that is left when n is negative or None)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            buf = self._take(self._buffered())
            while not self._eof:
                buf += self._read1(self.MAX_N)
            return buf
        end = n + self._offset
        if end < len(self._readbuffer):
            return self._take(n)
        buf = self._take(self._buffered())
        n -= len(buf)
        while n > 0 and not self._eof:
            data = self._read1(n)
            if n < len(data):
                self._readbuffer = data
                self._offset = n
                buf += data[:n]
                break
            buf += data
            n -= len(data)
        return buf

    def _take(self, n):
        data = self._readbuffer[self._offset:self._offset + n]
        self._offset += len(data)
        if self._offset >= len(self._readbuffer):
            self._readbuffer = b""
            self._offset = 0
        return data

    def read1(self, n=-1):
        """Read up to n bytes with at most one read() system call."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            buf = self._take(self._buffered())
            while not self._eof:
                data = self._read1(self.MAX_N)
                if data:
                    buf += data
                    break
            return buf
        if n <= self._buffered():
            return self._take(n)
        buf = self._take(self._buffered())
        n -= len(buf)
        if n > 0:
            while not self._eof:
                data = self._read1(n)
                if n < len(data):
                    self._readbuffer = data
                    self._offset = n
                    buf += data[:n]
                    break
                if data:
                    buf += data
                    break
        return buf

    def _update_crc(self, newdata):
        if self._expected_crc is None:
            return
        self._running_crc = zlib.crc32(newdata, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _read1(self, n):
        """Up to n decompressed bytes from the member's next stretch of compressed ones."""
        if self._compress_type == ZIP_DEFLATED:
            data = self._decompressor.unconsumed_tail
            if n > len(data):
                data += self._read2(n - len(data))
            data = self._decompressor.decompress(data, max(n, self.MIN_READ_SIZE))
            self._eof = (self._decompressor.eof or
                         self._compress_left <= 0 and not self._decompressor.unconsumed_tail)
            if self._eof:
                data += self._decompressor.flush()
        else:
            data = self._read2(n)
            self._eof = self._compress_left <= 0
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def _read2(self, n):
        if self._compress_left <= 0:
            return b""
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        curr = self.tell()
        if whence == 0:
            new = offset
        elif whence == 1:
            new = curr + offset
        elif whence == 2:
            new = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        new = min(max(new, 0), self._orig_file_size)
        forward = new - curr
        in_buffer = forward + self._offset
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            return self.tell()
        if forward < 0:
            self._rewind()
            forward = new
        else:
            self._readbuffer = b""
            self._offset = 0
            forward = new - self.tell()
        while forward > 0:
            got = len(self.read(min(self.MAX_SEEK_READ, forward)))
            if not got:
                break
            forward -= got
        return self.tell()

    def _rewind(self):
        self._fileobj.seek(self._orig_compress_start)
        self._running_crc = 0
        self._compress_left = self._orig_compress_size
        self._left = self._orig_file_size
        self._readbuffer = b""
        self._offset = 0
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        if self._decrypter is not None:
            self._init_decrypter()


class _ZipWriteFile(io.BufferedIOBase):
    """The stream that ZipFile.open(..., "w") returns: compresses into the archive and fixes
    up the member's header when closed."""

    def __init__(self, zf, zinfo, zip64):
        self._closed = False
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def readable(self):
        return False

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
            data = bytes(data)
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._finish()
        finally:
            self._zipfile._writing = False

    def _finish(self):
        zinfo = self._zinfo
        if self._compressor:
            tail = self._compressor.flush()
            self._compress_size += len(tail)
            self._fileobj.write(tail)
            zinfo.compress_size = self._compress_size
        else:
            zinfo.compress_size = self._file_size
        zinfo.CRC = self._crc
        zinfo.file_size = self._file_size
        if not self._zip64:
            if self._file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self._compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            fmt = "<LLQQ" if self._zip64 else "<LLLL"
            self._fileobj.write(struct.pack(fmt, _DD_SIGNATURE, zinfo.CRC, zinfo.compress_size, zinfo.file_size))
            self._zipfile.start_dir = self._fileobj.tell()
        else:
            # Seekable: rewrite the local header now that the sizes and CRC are known.
            self._zipfile.start_dir = self._fileobj.tell()
            self._fileobj.seek(zinfo.header_offset)
            self._fileobj.write(zinfo.FileHeader(self._zip64))
            self._fileobj.seek(self._zipfile.start_dir)
        self._zipfile.filelist.append(zinfo)
        self._zipfile.NameToInfo[zinfo.filename] = zinfo


def _end_rec_data64(fpin, offset, endrec):
    """The end record completed from the zip64 end record found just before it, if any."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return endrec
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, _reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, _sz, _create_version, _read_version, disk_num, disk_dir, dircount, dircount2, dirsize,
     diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = dircount
    endrec[_ECD_ENTRIES_TOTAL] = dircount2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _end_rec_data(fpin):
    """The end of central directory record as a list (plus its comment and position), or
    None when there is none."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fpin.read(sizeEndCentDir)
    if len(data) == sizeEndCentDir and data[0:4] == stringEndArchive and data[-2:] == b"\000\000":
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _end_rec_data64(fpin, -sizeEndCentDir, endrec)
    # An archive comment follows the record: search the last 64 KiB for its signature.
    search_start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(search_start, 0)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start < 0:
        return None
    rec = data[start:start + sizeEndCentDir]
    if len(rec) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, rec))
    comment_size = endrec[_ECD_COMMENT_SIZE]
    endrec.append(data[start + sizeEndCentDir:start + sizeEndCentDir + comment_size])
    endrec.append(search_start + start)
    return _end_rec_data64(fpin, search_start + start - filesize, endrec)


_EndRecData = _end_rec_data


def _check_zipfile(fp):
    try:
        endrec = _end_rec_data(fp)
        if endrec:
            if endrec[_ECD_ENTRIES_TOTAL] == 0 and endrec[_ECD_SIZE] == 0 and endrec[_ECD_OFFSET] == 0:
                return True
            if endrec[_ECD_DISK_NUMBER] == endrec[_ECD_DISK_START]:
                fp.seek(endrec[_ECD_OFFSET])
                if fp.tell() == endrec[_ECD_OFFSET] and fp.read(4) == stringCentralDir:
                    return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number.

    The filename argument may be a file or file-like object too.
    """
    result = False
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            result = _check_zipfile(filename)
            filename.seek(pos)
        else:
            with open(filename, "rb") as fp:
                result = _check_zipfile(fp)
    except OSError:
        pass
    return result


_OPEN_MODES = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b", "r+b": "w+b", "w+b": "wb", "x+b": "xb"}


class ZipFile:
    """Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
                compresslevel=None)
    """

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, _OPEN_MODES[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._fileRefCnt = 1
        self._seekable = True
        self._writing = False
        try:
            self._start(mode)
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(file, filemode):
        while True:
            try:
                return io.open(file, filemode)
            except OSError:
                if filemode in _OPEN_MODES:
                    filemode = _OPEN_MODES[filemode]
                    continue
                raise

    def _start(self, mode):
        if mode == "r":
            self._RealGetContents()
        elif mode in ("w", "x"):
            self._didModify = True
            try:
                self.start_dir = self.fp.tell()
            except (AttributeError, OSError):
                self.fp = _Tellable(self.fp)
                self.start_dir = 0
                self._seekable = False
            else:
                try:
                    self.fp.seek(self.start_dir)
                except (AttributeError, OSError):
                    self._seekable = False
        else:
            try:
                self._RealGetContents()
                self.fp.seek(self.start_dir)
            except BadZipFile:
                # Not a zip file: the archive goes after what the file holds.
                self.fp.seek(0, 2)
                self._didModify = True
                self.start_dir = self.fp.tell()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        out = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                out.append(" file=%r" % self.fp)
            elif self.filename is not None:
                out.append(" filename=%r" % self.filename)
            out.append(" mode=%r" % self.mode)
        else:
            out.append(" [closed]")
        out.append(">")
        return "".join(out)

    def _RealGetContents(self):
        """Read in the table of contents for the ZIP file."""
        fp = self.fp
        try:
            endrec = _end_rec_data(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # Bytes prepended to the archive (a self-extractor's stub) shift every offset.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        cd = io.BytesIO(fp.read(size_cd))
        total = 0
        while total < size_cd:
            raw = cd.read(sizeCentralDir)
            if len(raw) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, raw)
            if centdir[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            x = self._central_entry(cd, centdir)
            x.header_offset += concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            total += sizeCentralDir + centdir[12] + centdir[13] + centdir[14]
        end_offset = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda zinfo: zinfo.header_offset, reverse=True):
            zinfo._end_offset = end_offset
            end_offset = zinfo.header_offset

    def _central_entry(self, cd, centdir):
        raw_name = cd.read(centdir[12])
        name_crc = zlib.crc32(raw_name)
        flags = centdir[5]
        if flags & _MASK_UTF_FILENAME:
            name = raw_name.decode("utf-8")
        else:
            name = _decode_name(raw_name, self.metadata_encoding)
        x = ZipInfo(name)
        x.extra = cd.read(centdir[13])
        x.comment = cd.read(centdir[14])
        x.header_offset = centdir[18]
        (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
         x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
        if x.extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
        x.volume, x.internal_attr, x.external_attr = centdir[15:18]
        x._raw_time = t
        x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
        x._decodeExtra(name_crc)
        return x

    def namelist(self):
        """Return a list of file names in the archive."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC.

        Return None if all files could be read successfully, or the name
        of the offending file otherwise."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes" % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return file bytes for name. 'pwd' is the password to decrypt encrypted files."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return file-like object for 'name' ('r' to read a member, 'w' to write one)."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        zef_file = _SharedFile(self.fp, zinfo.header_offset, self._fpclose, lambda: self._writing)
        try:
            self._skip_local_header(zef_file, zinfo)
            pwd = self._member_password(zinfo, pwd, name)
            return ZipExtFile(zef_file, mode, zinfo, pwd, True)
        except:
            zef_file.close()
            raise

    def _skip_local_header(self, zef_file, zinfo):
        fheader = zef_file.read(sizeFileHeader)
        if len(fheader) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fheader = struct.unpack(structFileHeader, fheader)
        if fheader[_FH_SIGNATURE] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        fname = zef_file.read(fheader[_FH_FILENAME_LENGTH])
        if fheader[_FH_EXTRA_FIELD_LENGTH]:
            zef_file.seek(fheader[_FH_EXTRA_FIELD_LENGTH], 1)
        if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if fheader[_FH_GENERAL_PURPOSE_FLAG_BITS] & _MASK_UTF_FILENAME:
            fname_str = fname.decode("utf-8")
        else:
            fname_str = _decode_name(fname, self.metadata_encoding)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ." % (zinfo.orig_filename, fname))
        if zinfo._end_offset is not None and zef_file.tell() + zinfo.compress_size > zinfo._end_offset:
            raise BadZipFile(f"Overlapped entries: {zinfo.orig_filename!r} (possible zip bomb)")

    def _member_password(self, zinfo, pwd, name):
        if not zinfo.flag_bits & _MASK_ENCRYPTED:
            return None
        if not pwd:
            pwd = self.pwd
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not pwd:
            raise RuntimeError("File %r is encrypted, password required for extraction" % name)
        return pwd

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # The header is written before the size is known: reserve zip64 room when it may not fit.
        zip64 = force_zip64 or (zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if not self._allowZip64 and zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Extract a member from the archive to the current working directory (or `path`),
        using its full name; returns the normalized path created."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members from the archive to the current working directory (or `path`)."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Drop empty, "." and ".." parts so that nothing lands outside targetpath.
        arcname = os.path.splitdrive(member.filename.replace("/", os.path.sep))[1]
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in ("", os.path.curdir, os.path.pardir))
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        """Check for errors before writing a file to the archive."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            requires_zip64 = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                requires_zip64 = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                requires_zip64 = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                requires_zip64 = "Zipfile size"
            if requires_zip64:
                raise LargeZipFile(requires_zip64 + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, "w") as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive. The contents is 'data', which may be either a 'str'
        or a 'bytes' instance; if it is a 'str', it is encoded as UTF-8 first."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith("/"):
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode="w") as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
            zinfo.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        self._writecheck(zinfo)
        self._didModify = True
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Close the file, and for mode 'w', 'x' and 'a' write the ending records."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _central_record(self, zinfo):
        dosdate, dostime = _dos_date_time(zinfo.date_time)
        extra = []
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            extra += [zinfo.file_size, zinfo.compress_size]
            file_size = compress_size = 0xFFFFFFFF
        else:
            file_size, compress_size = zinfo.file_size, zinfo.compress_size
        if zinfo.header_offset > ZIP64_LIMIT:
            extra.append(zinfo.header_offset)
            header_offset = 0xFFFFFFFF
        else:
            header_offset = zinfo.header_offset
        extra_data = zinfo.extra
        min_version = 0
        if extra:
            extra_data = struct.pack("<HH" + "Q" * len(extra), 1, 8 * len(extra), *extra) + _strip_extra(extra_data, (1,))
            min_version = ZIP64_VERSION
        if zinfo.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif zinfo.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        extract_version = max(min_version, zinfo.extract_version)
        create_version = max(min_version, zinfo.create_version)
        filename, flag_bits = zinfo._encodeFilenameFlags()
        centdir = struct.pack(structCentralDir, stringCentralDir, create_version, zinfo.create_system,
                              extract_version, zinfo.reserved, flag_bits, zinfo.compress_type, dostime,
                              dosdate, zinfo.CRC, compress_size, file_size, len(filename), len(extra_data),
                              len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr, header_offset)
        return centdir + filename + extra_data + zinfo.comment

    def _write_end_record(self):
        for zinfo in self.filelist:
            self.fp.write(self._central_record(zinfo))
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        offset = self.start_dir
        requires_zip64 = None
        if count > ZIP_FILECOUNT_LIMIT:
            requires_zip64 = "Files count"
        elif offset > ZIP64_LIMIT:
            requires_zip64 = "Central directory offset"
        elif size > ZIP64_LIMIT:
            requires_zip64 = "Central directory size"
        if requires_zip64:
            if not self._allowZip64:
                raise LargeZipFile(requires_zip64 + " would require ZIP64 extensions")
            self.fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                      count, count, size, offset))
            self.fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator, 0, pos2, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size,
                                  offset, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """ZipFile that could add compiled Python modules; Edge Python compiles no .pyc files,
    so writepy is not offered."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize



def _parent_dirs(name):
    """The directories above an archive name, nearest first ("a/b/c" gives "a/b/", "a/")."""
    parts = name.rstrip("/").split("/")[:-1]
    while parts:
        yield "/".join(parts) + "/"
        parts.pop()


class CompleteDirs(ZipFile):
    """A ZipFile that also lists the directories its names imply ("a/b.txt" implies "a/")."""

    @staticmethod
    def _implied_dirs(names):
        known = set(names)
        implied = {}
        for name in names:
            for parent in _parent_dirs(name):
                if parent not in known:
                    implied[parent] = None
        return list(implied)

    def namelist(self):
        names = super().namelist()
        return names + self._implied_dirs(names)

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """`name` as a directory ("name/") when only that exists in the archive."""
        names = self._name_set()
        dirname = name + "/"
        return dirname if name not in names and dirname in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith("/") or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # An archive opened for writing lists new names as they come.
        if "r" not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that caches its name list (an archive opened for reading does not change)."""

    def namelist(self):
        cached = self.__dict__.get("_FastLookup__names")
        if cached is None:
            cached = self.__names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get("_FastLookup__lookup")
        if cached is None:
            cached = self.__lookup = super()._name_set()
        return cached


class Path:
    """A pathlib-compatible interface for zip files: `Path(zipfile_or_path, at="")`."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode="r", *args, pwd=None, **kwargs):
        """Open this entry as text or binary following the semantics of `pathlib.Path.open()`."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == "r" and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding = kwargs.pop("encoding", None)
        if args:
            encoding, args = args[0], args[1:]
        return io.TextIOWrapper(stream, encoding or "utf-8", *args, **kwargs)

    def _base(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open("rb") as strm:
            return strm.read()

    def _is_child(self, path):
        return os.path.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = map(self._next, self.root.namelist())
        return filter(self._is_child, subs)

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        """Return whether this path is a symlink."""
        info = self.root.getinfo(self.at)
        return (info.external_attr >> 16) & 0o170000 == 0o120000

    def relative_to(self, other, *extra):
        return os.path.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return os.path.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        next = os.path.join(self.at, *other)
        return self._next(self.root.resolve_dir(next))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = os.path.dirname(self.at.rstrip("/"))
        if parent_at:
            parent_at += "/"
        return self._next(parent_at)
