# The `hashlib` module of Edge Python: md5, sha1 and the SHA-2 family. The digests are Rust
# (`_hashlib`); a hash object keeps the bytes fed to it and digests them on demand, so `copy`
# is a plain copy (fine for the sizes a sandboxed program hashes).
from _hashlib import _digest

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available")

# name: (digest_size, block_size)
_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    to_bytes = getattr(type(data), "__bytes__", None)
    if to_bytes is None or isinstance(data, (int, float)):
        raise TypeError("object supporting the buffer API required")
    return to_bytes(data)


class HASH:
    __module__ = "_hashlib"

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def new(name, data=b"", *, usedforsecurity=True, string=None):
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return HASH(key, string if string is not None else data)


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        return HASH(name, string if string is not None else data)
    construct.__name__ = construct.__qualname__ = name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
