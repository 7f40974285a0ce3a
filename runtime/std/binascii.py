"""Conversions between binary data and ASCII: base64 (a2b_base64 with strict_mode,
b2a_base64), hex (hexlify/b2a_hex with sep and bytes_per_sep, unhexlify/a2b_hex), crc32 and
crc_hqx, with CPython 3.13's results and error messages (binascii.Error is a ValueError).

Not supported: the uuencode and quoted-printable codecs (a2b_uu, b2a_uu, a2b_qp, b2a_qp raise
NotImplementedError).
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex", "crc32", "crc_hqx",
           "hexlify", "unhexlify"]


try:
    _BUFFERS = (bytes, bytearray, memoryview)
except NameError:  # a VM without memoryview
    _BUFFERS = (bytes, bytearray)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
_HEX = "0123456789abcdef"


def _binary(data):
    """A bytes-like argument as bytes."""
    if isinstance(data, _BUFFERS):
        return bytes(data)
    if hasattr(type(data), "__bytes__") and not isinstance(data, str):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii(data):
    """An argument of the a2b functions: bytes-like, or a str of ASCII characters."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, _BUFFERS):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data (non-alphabet characters are skipped unless strict_mode)."""
    data = _ascii(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    position = 0  # within the current group of four characters
    previous = 0
    pads = 0
    padding_started = False
    count = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and position == 0:
                raise Error("Excess padding not allowed")
            padding_started = True
            if position >= 2:
                pads += 1
                if position + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUE[c]
        if value < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if position == 1:
            out.append(((previous << 2) | (value >> 4)) & 0xFF)
        elif position == 2:
            out.append(((previous << 4) | (value >> 2)) & 0xFF)
        elif position == 3:
            out.append(((previous << 6) | value) & 0xFF)
        previous = value
        position = (position + 1) % 4
    if position == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({count}) cannot be 1 more than a multiple of 4")
    if position:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _binary(data)
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with sep every bytes_per_sep
    bytes (counted from the right; from the left when negative)."""
    data = _binary(data)
    digits = "".join(_HEX[b >> 4] + _HEX[b & 15] for b in data)
    if sep is None or not data:
        return digits.encode("ascii")
    if isinstance(sep, str):
        sep_text = sep
    elif isinstance(sep, (bytes, bytearray)):
        sep_text = bytes(sep).decode("latin-1")
    else:
        raise TypeError("sep must be str or bytes.")
    if len(sep_text) != 1:
        raise ValueError("sep must be length 1.")
    if not sep_text.isascii():
        raise ValueError("sep must be ASCII.")
    group = abs(bytes_per_sep)
    if group == 0:
        return digits.encode("ascii")
    pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    if bytes_per_sep > 0:
        first = len(pairs) % group or group
        groups = ["".join(pairs[:first])] + ["".join(pairs[i:i + group]) for i in range(first, len(pairs), group)]
    else:
        groups = ["".join(pairs[i:i + group]) for i in range(0, len(pairs), group)]
    return sep_text.join(groups).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation (an even number of hex digits)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX_VALUE[data[i]]
        lo = _HEX_VALUE[data[i + 1]]
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


_HEX_VALUE = [-1] * 256
for _i, _c in enumerate(b"0123456789abcdef"):
    _HEX_VALUE[_c] = _i
    _HEX_VALUE[bytes([_c]).upper()[0]] = _i


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _binary(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _binary(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f"binascii.{name}() is not supported by Edge Python")

    unsupported.__name__ = name
    return unsupported


a2b_uu = _unsupported("a2b_uu")
b2a_uu = _unsupported("b2a_uu")
a2b_qp = _unsupported("a2b_qp")
b2a_qp = _unsupported("b2a_qp")
