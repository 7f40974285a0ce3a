# The `hashlib` module of Edge Python: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and
# BLAKE2. The digests are Rust (`_hashlib`); a hash object keeps the bytes fed to it and
# digests them on demand, so `copy` is a plain copy (fine for the sizes a sandboxed program
# hashes).
from _hashlib import _digest, _shake, _blake2

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
           "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac",
           "file_digest")

# name: (digest_size, block_size)
_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128), "sha3_224": (28, 144),
          "sha3_256": (32, 136), "sha3_384": (48, 104), "sha3_512": (64, 72)}
_XOF_BLOCKS = {"shake_128": 168, "shake_256": 136}

algorithms_guaranteed = frozenset([*_SIZES, *_XOF_BLOCKS, "blake2b", "blake2s"])
algorithms_available = algorithms_guaranteed


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    to_bytes = getattr(type(data), "__bytes__", None)
    if to_bytes is None or isinstance(data, (int, float)):
        raise TypeError("object supporting the buffer API required")
    return to_bytes(data)


class _Buffered:
    """A hash object's common half: it keeps the bytes fed to it, which `digest` reads."""

    def update(self, data):
        self._data += _as_bytes(data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._data = bytearray(self._data)
        return other


class HASH(_Buffered):
    __module__ = "_hashlib"

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name] if name in _SIZES else (0, _XOF_BLOCKS[name])
        self._data = bytearray()
        if data:
            self.update(data)

    def digest(self):
        return _digest(self.name, bytes(self._data))

    def __repr__(self):
        return f"<{self.name} _hashlib.{type(self).__name__} object @ {hex(id(self))}>"


class HASHXOF(HASH):
    """SHAKE: as long a digest as asked for."""

    def digest(self, length=None):
        if length is None:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        return _shake(self.name, bytes(self._data), _length(length))

    def hexdigest(self, length=None):
        if length is None:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        return _shake(self.name, bytes(self._data), _length(length)).hex()


def _length(length):
    length = length.__index__() if not isinstance(length, int) else length
    if length < 0:
        raise ValueError("negative digest length")
    if length >= 1 << 29:
        raise ValueError("digest length is too large")
    return length


def _bytes_param(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def _index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


class _Blake2(_Buffered):
    """blake2b and blake2s: RFC 7693 with the salt, personalisation and tree parameters."""

    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"",
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        max_digest = self.MAX_DIGEST_SIZE
        digest_size = max_digest if digest_size is None else _index(digest_size)
        if not 1 <= digest_size <= max_digest:
            raise ValueError(f"digest_size must be between 1 and {max_digest} bytes")
        key, salt, person = _bytes_param(key), _bytes_param(salt), _bytes_param(person)
        if len(salt) > self.SALT_SIZE:
            raise ValueError(f"maximum salt length is {self.SALT_SIZE} bytes")
        if len(person) > self.PERSON_SIZE:
            raise ValueError(f"maximum person length is {self.PERSON_SIZE} bytes")
        fanout, depth = _index(fanout), _index(depth)
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        leaf_size, node_offset = _index(leaf_size), _index(node_offset)
        if leaf_size < 0 or node_offset < 0:
            raise ValueError("value must be positive")
        if leaf_size >= 1 << 32:
            raise OverflowError("leaf_size is too large")
        if node_offset >= 1 << 64:
            raise OverflowError("int too big to convert")
        if self.name == "blake2s" and node_offset >= 1 << 48:
            raise OverflowError("node_offset is too large")
        node_depth, inner_size = _index(node_depth), _index(inner_size)
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= max_digest:
            raise ValueError(f"inner_size must be between 0 and is {max_digest}")
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError(f"maximum key length is {self.MAX_KEY_SIZE} bytes")
        self.digest_size = digest_size
        self._params = (digest_size, key, salt, person, fanout, depth, leaf_size,
                        node_offset, node_depth, inner_size, bool(last_node))
        self._data = bytearray()
        if data:
            self.update(data)

    def digest(self):
        return _blake2(self.name == "blake2b", bytes(self._data), *self._params)

    def __repr__(self):
        return f"<_blake2.{self.name} object at {hex(id(self))}>"


class blake2b(_Blake2):
    name = "blake2b"
    block_size = 128
    SALT_SIZE = PERSON_SIZE = 16
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    name = "blake2s"
    block_size = 64
    SALT_SIZE = PERSON_SIZE = 8
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = "_blake2"


def new(name, data=b"", *, usedforsecurity=True, string=None, **params):
    key = name.lower() if isinstance(name, str) else name
    data = string if string is not None else data
    if key == "blake2b":
        return blake2b(data, **params)
    if key == "blake2s":
        return blake2s(data, **params)
    if key in _XOF_BLOCKS:
        return HASHXOF(key, data)
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return HASH(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over `hash_name`."""
    import hmac
    password, salt = _as_bytes(password), _as_bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size = new(hash_name).digest_size
    dklen = size if dklen is None else dklen
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = hmac.digest(password, salt + block.to_bytes(4, "big"), hash_name)
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = hmac.digest(password, u, hash_name)
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash of a binary file object's remaining content."""
    h = new(digest) if isinstance(digest, str) else digest()
    while chunk := fileobj.read(_bufsize):
        h.update(chunk)
    return h


def _constructor(name, cls=HASH):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        return cls(name, string if string is not None else data)
    construct.__name__ = construct.__qualname__ = name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128", HASHXOF)
shake_256 = _constructor("shake_256", HASHXOF)
