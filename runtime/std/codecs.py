"""Codec registry and helpers: encode/decode by encoding name, codec lookup, error handlers,
incremental coders and the byte order marks, as CPython 3.13's codecs module. The text
codecs are the ones str.encode and bytes.decode know; hex, base64 and rot13 are here."""

__all__ = ["register", "lookup", "open", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
           "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The native byte order of every platform Edge runs on is little-endian.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details found by lookup(): the (encode, decode, streamreader, streamwriter)
    tuple, with name and the incremental coder classes as attributes too."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """Stateless encoder/decoder interface: encode(input, errors) and decode(input, errors)
    return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes its input in pieces; subclasses implement encode()."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes its input in pieces; subclasses implement decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the input _buffer_decode(data, errors, final) leaves unconsumed for the next
    call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- error handlers ----

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', _span(exc)[2])


def replace_errors(exc):
    obj, start, end = _span(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (end - start), end)
    return ('\ufffd', end)


def xmlcharrefreplace_errors(exc):
    obj, start, end = _span(exc)
    return (''.join('&#%d;' % ord(c) for c in obj[start:end]), end)


def backslashreplace_errors(exc):
    obj, start, end = _span(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (''.join(_escape(ord(c)) for c in obj[start:end]), end)
    return (''.join('\\x%02x' % b for b in obj[start:end]), end)


def namereplace_errors(exc):
    import unicodedata
    obj, start, end = _span(exc)
    out = []
    for c in obj[start:end]:
        name = unicodedata.name(c, None)
        out.append(_escape(ord(c)) if name is None else '\\N{%s}' % name)
    return (''.join(out), end)


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


_BUILTIN_HANDLERS = ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
                     "namereplace", "surrogateescape", "surrogatepass")
_error_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                   "xmlcharrefreplace": xmlcharrefreplace_errors,
                   "backslashreplace": backslashreplace_errors,
                   "namereplace": namereplace_errors}


def register_error(name, handler):
    """Register handler(exception) -> (replacement, resume position) as the error handler
    called `name`."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered as `name`; LookupError if there is none."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name %r" % (name,)) from None


def _span(exc):
    """(object, start, end) of a Unicode error given to a handler."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc.object, exc.start, exc.end


def _checked_result(result, encoding_text):
    """The (replacement, resume position) a handler returned, if it has that shape."""
    kinds = (str, bytes) if encoding_text else str
    if (not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], kinds)
            or not isinstance(result[1], int)):
        if encoding_text:
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        raise TypeError("decoding error handler must return (str, int) tuple")
    return result


def _with_handler(data, name, errors, encoding):
    """Encodes or decodes data with a handler registered in Python: each failing span goes to
    the handler, and coding resumes where it says."""
    handler = lookup_error(errors)
    encoding_text = isinstance(data, str)
    pieces = []
    pos = 0
    while True:
        try:
            rest = data[pos:]
            pieces.append(rest.encode(name) if encoding_text else rest.decode(name))
            break
        except (UnicodeEncodeError, UnicodeDecodeError) as e:
            start, end, reason = pos + e.start, pos + e.end, e.reason
            head = data[pos:start]
            pieces.append(head.encode(name) if encoding_text else head.decode(name))
            cls = UnicodeEncodeError if encoding_text else UnicodeDecodeError
            replacement, resume = _checked_result(handler(cls(encoding, data, start, end, reason)),
                                                  encoding_text)
            if encoding_text and isinstance(replacement, str):
                replacement = replacement.encode(name)
            pieces.append(replacement)
            pos = resume if resume >= 0 else len(data) + resume
            if not 0 <= pos <= len(data):
                raise IndexError("position %d from error handler out of bounds" % resume)
            if pos >= len(data):
                break
    return (b'' if encoding_text else '').join(pieces)


# ---- the codecs ----

def _type_name(obj):
    return type(obj).__name__


def _text_codec(name, native, func_prefix, bom=b''):
    """Encode and decode functions of a text encoding the str/bytes methods implement."""

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (func_prefix, _type_name(input)))
        if errors in _BUILTIN_HANDLERS:
            out = input.encode(native, errors)
        else:
            out = _with_handler(input, native, errors, name)
        return (bom + out, len(input))

    def decode(input, errors='strict', final=False):
        data = bytes(input)
        start = len(bom) if bom and data.startswith(bom) else 0
        if errors in _BUILTIN_HANDLERS:
            text = data[start:].decode(native, errors)
        else:
            text = _with_handler(data[start:], native, errors, name)
        return (text, len(data))

    encode.__name__ = encode.__qualname__ = func_prefix + "_encode"
    decode.__name__ = decode.__qualname__ = func_prefix + "_decode"
    return encode, decode


def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    import base64
    return (base64.decodebytes(input), len(input))


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input, errors='strict'):
    return (str.translate(input, _ROT13), len(input))


_hex_encode.__name__ = "hex_encode"
_hex_decode.__name__ = "hex_decode"
_base64_encode.__name__ = "base64_encode"
_base64_decode.__name__ = "base64_decode"
_rot13.__name__ = "encode"

# canonical key: (CodecInfo name, the str/bytes methods' name or None, function prefix)
_TEXT = {
    "utf_8": ("utf-8", "utf-8", "utf_8"),
    "latin_1": ("iso8859-1", "latin-1", "latin_1"),
    "ascii": ("ascii", "ascii", "ascii"),
    "utf_16": ("utf-16", "utf-16", "utf_16"),
    "utf_16_le": ("utf-16-le", "utf-16-le", "utf_16_le"),
    "utf_16_be": ("utf-16-be", "utf-16-be", "utf_16_be"),
    "utf_32": ("utf-32", "utf-32", "utf_32"),
    "utf_32_le": ("utf-32-le", "utf-32-le", "utf_32_le"),
    "utf_32_be": ("utf-32-be", "utf-32-be", "utf_32_be"),
    "cp1252": ("cp1252", "cp1252", "cp1252"),
}
_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
    "cp65001": "utf_8",
    "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1", "iso8859_1": "latin_1",
    "iso_8859_1": "latin_1", "8859": "latin_1", "cp819": "latin_1", "iso_ir_100": "latin_1",
    "iso_8859_1:1987": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1",
    "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii",
    "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii",
    "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv:1991": "ascii", "iso_ir_6": "ascii",
    "u16": "utf_16", "utf16": "utf_16", "unicodelittleunmarked": "utf_16_le",
    "utf_16le": "utf_16_le", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
    "u32": "utf_32", "utf32": "utf_32", "utf_32le": "utf_32_le", "utf_32be": "utf_32_be",
    "windows_1252": "cp1252", "1252": "cp1252",
    "utf_8_sig": "utf_8_sig", "utf8_sig": "utf_8_sig",
    "rot13": "rot_13", "hex_codec": "hex", "base64_codec": "base64", "base_64": "base64",
}

_cache = {}
_search_functions = []


def _normalize(encoding):
    return encoding.lower().replace(' ', '_').replace('-', '_')


def _builtin_codec(key):
    if key in _TEXT:
        name, native, prefix = _TEXT[key]
        enc, dec = _text_codec(name, native, prefix)
        return _make_info(name, enc, dec, native)
    if key == "utf_8_sig":
        enc, dec = _text_codec("utf-8-sig", "utf-8", "utf_8_sig", BOM_UTF8)
        enc.__name__, dec.__name__ = "encode", "decode"
        return _make_info("utf-8-sig", enc, dec, "utf-8")
    if key == "rot_13":
        return _make_info("rot-13", _rot13, _rot13, None, text=False)
    if key == "hex":
        return _make_info("hex", _hex_encode, _hex_decode, None, text=False)
    if key == "base64":
        return _make_info("base64", _base64_encode, _base64_decode, None, text=False)
    return None


def _make_info(name, enc, dec, native, text=True):
    def make_encoder(errors='strict'):
        return _StatelessEncoder(enc, errors)

    def make_decoder(errors='strict'):
        if native is None:
            return _StatelessDecoder(dec, errors)
        return _TextDecoder(native, dec, errors)

    return CodecInfo(enc, dec, StreamReader, StreamWriter, make_encoder, make_decoder, name=name,
                     _is_text_encoding=text)


class _StatelessEncoder(IncrementalEncoder):
    def __init__(self, encode, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._encode = encode

    def encode(self, input, final=False):
        return self._encode(input, self.errors)[0]


class _StatelessDecoder(IncrementalDecoder):
    def __init__(self, decode, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self._decode = decode

    def decode(self, input, final=False):
        return self._decode(input, self.errors)[0]


class _TextDecoder(BufferedIncrementalDecoder):
    """Decodes what arrives, keeping an unfinished character (up to 3 bytes) for the next
    call; utf-16 and utf-32 settle their byte order from the first bytes."""

    def __init__(self, native, decode, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._native = native
        self._decode = decode

    def _buffer_decode(self, data, errors, final):
        if self._native in ("utf-16", "utf-32"):
            data_bom = BOM_UTF16_BE if self._native == "utf-16" else BOM_UTF32_BE
            if len(data) < len(data_bom) and not final:
                return ("", 0)
            order = "-be" if data.startswith(data_bom) else "-le"
            skip = len(data_bom) if data.startswith(data_bom) or data.startswith(
                BOM_UTF16_LE if self._native == "utf-16" else BOM_UTF32_LE) else 0
            self._native += order
            self._decode = _text_codec(self._native, self._native, "")[1]
            text, used = self._buffer_decode(data[skip:], errors, final)
            return (text, used + skip)
        if final:
            return self._decode(data, errors)
        for keep in range(4):
            if keep > len(data):
                break
            try:
                text = bytes(data[:len(data) - keep]).decode(self._native)
            except UnicodeDecodeError:
                continue
            return (text, len(data) - keep)
        return self._decode(data, errors)


class StreamWriter(Codec):
    """Writes encoded text to a binary stream (minimal)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


class StreamReader(Codec):
    """Reads and decodes a binary stream (minimal)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        return self.decode(self.stream.read(), self.errors)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file for text in the given encoding. Unlike the built-in open(), line endings
    are left as they are in the file."""
    import builtins
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    lookup(encoding)
    return builtins.open(filename, mode.replace('b', ''), buffering, encoding=encoding,
                         errors=errors, newline='')


def register(search_function):
    """Register a function that maps a normalized encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if it is unknown."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % _type_name(encoding))
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    info = _builtin_codec(_ALIASES.get(key, key))
    if info is None:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return 4-tuples")
                    info = CodecInfo(*info)
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    if isinstance(obj, str) and lookup(encoding)._is_text_encoding:
        raise TypeError("a bytes-like object is required, not 'str'")
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    info = lookup(encoding)
    decode = info.decode

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)
    return Reader


def getwriter(encoding):
    info = lookup(encoding)
    encode = info.encode

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)
    return Writer


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of an iterator piece by piece."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of an iterator piece by piece."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def _text_function(key):
    enc, dec = _text_codec(*_TEXT[key])

    def decode(data, errors=None, final=False):
        coder = _TextDecoder(_TEXT[key][1], dec, errors or 'strict')
        text = coder.decode(data, final)
        return (text, len(data) - len(coder.buffer))

    decode.__name__ = dec.__name__
    return enc, decode


utf_8_encode, utf_8_decode = _text_function("utf_8")
latin_1_encode, latin_1_decode = _text_function("latin_1")
ascii_encode, ascii_decode = _text_function("ascii")
