# SHA-3, SHAKE and BLAKE2 (with keys, salts, personalisation and tree parameters), against
# CPython's digests; messages around the block sizes exercise the padding.
import hashlib
import hmac

messages = [b"", b"abc", b"a" * 63, b"a" * 64, b"a" * 65, b"b" * 127, b"b" * 128, b"b" * 129,
            b"c" * 135, b"c" * 136, b"c" * 137, b"d" * 167, b"d" * 168, b"d" * 169, bytes(range(256)) * 5]
for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"):
    ctor = getattr(hashlib, name)
    print(name, ctor().digest_size, ctor().block_size, ctor().name)
    for m in messages:
        print(" ", len(m), ctor(m).hexdigest())
for name in ("shake_128", "shake_256"):
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(5), h.digest(300).hex()[-16:])
    for m in messages[::3]:
        print(" ", len(m), getattr(hashlib, name)(m).hexdigest(40))
    try:
        h.hexdigest()
    except TypeError as e:
        print("TypeError:", e)

print(hashlib.blake2b(b"msg", digest_size=20, key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", digest_size=16, key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8).hexdigest())
print(hashlib.blake2b(b"", key=b"only key").hexdigest())
print(hashlib.blake2b(b"x" * 200, key=b"k" * 64).hexdigest())
print(hashlib.blake2b(b"leaf", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1,
                      inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"leaf", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1,
                      node_depth=255, inner_size=32, last_node=True).hexdigest())
print(hashlib.new("blake2s", b"x", digest_size=8).hexdigest(), hashlib.new("sha3_256").hexdigest()[:16])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(type(hashlib.blake2b()), type(hashlib.blake2s()).__name__)

h = hashlib.blake2b(b"x")
h.update(b"y")
c = h.copy()
c.update(b"z")
print(h.hexdigest()[:16], c.hexdigest()[:16], hashlib.blake2b(b"xyz").hexdigest()[:16])
s = hashlib.sha3_256(b"a")
t = s.copy()
t.update(b"b")
print(s.hexdigest()[:16], t.hexdigest()[:16], hashlib.sha3_256(b"ab").hexdigest()[:16])

for ctor, kw in [(hashlib.blake2b, dict(digest_size=0)), (hashlib.blake2b, dict(digest_size=65)),
                 (hashlib.blake2s, dict(digest_size=33)), (hashlib.blake2b, dict(key=b"x" * 65)),
                 (hashlib.blake2s, dict(key=b"x" * 33)), (hashlib.blake2b, dict(salt=b"x" * 17)),
                 (hashlib.blake2s, dict(person=b"x" * 9)), (hashlib.blake2b, dict(fanout=256)),
                 (hashlib.blake2b, dict(depth=0)), (hashlib.blake2b, dict(leaf_size=-1)),
                 (hashlib.blake2b, dict(leaf_size=2**32)), (hashlib.blake2s, dict(node_offset=2**48)),
                 (hashlib.blake2b, dict(node_depth=256)), (hashlib.blake2s, dict(inner_size=33)),
                 (hashlib.blake2b, dict(key="text")), (hashlib.blake2b, dict(digest_size="8"))]:
    try:
        ctor(**kw)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b("text")
except TypeError as e:
    print("TypeError:", e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 2, dklen=50).hex())
print(hmac.new(b"key", b"message", "sha3_256").hexdigest())
print(hmac.new(b"key", b"message", hashlib.blake2s).hexdigest())
