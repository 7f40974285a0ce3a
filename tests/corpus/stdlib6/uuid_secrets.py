import uuid, os, secrets, random
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version, u.time, u.clock_seq, u.node)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, b"http://x"))
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4(), str(v4) == str(uuid.UUID(str(v4))))
v1 = uuid.uuid1()
print(v1.version, v1.variant, uuid.uuid1() > v1 or True)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), {u: 1}[uuid.UUID(str(u))], int(uuid.UUID(int=7)))
for bad in ["xyz", "12345678-1234-5678-1234-56781234567"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError:", e)
print(uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).version)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)), b != os.urandom(16))
print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(16)), all(c in "0123456789abcdef" for c in secrets.token_hex()))
t = secrets.token_urlsafe(16)
print(len(t), all(c.isalnum() or c in "-_" for c in t))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(5) < 32, secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 1 <= sr.randint(1, 6) <= 6, sorted(sr.sample(range(5), 5)))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
