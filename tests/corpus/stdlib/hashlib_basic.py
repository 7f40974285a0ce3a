import hashlib
h = hashlib.md5(b'abc'); print(repr(h)[:26], h.name, h.digest_size, h.block_size, h.hexdigest())
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 1000, bytes(range(256)) * 3]:
        h = hashlib.new(n, data)
        c = h.copy(); c.update(b"more")
        print(n, len(data), h.hexdigest(), c.hexdigest()[:16], h.digest()[:4], h.digest_size, h.block_size)
for bad in [lambda: hashlib.md5('x'), lambda: hashlib.new('foo'), lambda: hashlib.md5().update(5), lambda: hashlib.sha256(5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.new('SHA256').name, hashlib.md5(string=b'x').hexdigest(), hashlib.sha1(bytearray(b"xy")).hexdigest())
h = hashlib.sha256()
for i in range(100): h.update(str(i).encode())
print(h.hexdigest(), type(h).__name__)
