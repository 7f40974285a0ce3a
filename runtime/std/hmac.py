"""HMAC (RFC 2104): keyed message authentication over any hashlib algorithm."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC", "digest_size"]

digest_size = None
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))


def _constructor(digestmod):
    """A callable returning a fresh hash object for `digestmod`: a name, a hashlib
    constructor, or a module with `new`."""
    if not digestmod:
        raise TypeError("Missing required argument 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def compare_digest(a, b):
    """a == b without stopping at the first difference (for comparing secrets)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    a, b = bytes(a), bytes(b)
    diff = len(a) ^ len(b)
    for x, y in zip(a, b):
        diff |= x ^ y
    return diff == 0


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` in one call."""
    return HMAC(key, msg, digest).digest()
