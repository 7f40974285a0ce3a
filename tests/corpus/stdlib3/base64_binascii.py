# base64 and binascii: round trips of every encoding, exact outputs, and error messages.
import base64
import binascii
import random

rng = random.Random(7)
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00\x00\x00", b"    ", bytes(range(256)),
           b"Edge Python \xe2\x9c\x93"]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(40))) for _ in range(30)]
pairs = [("b64encode", "b64decode"), ("urlsafe_b64encode", "urlsafe_b64decode"), ("b32encode", "b32decode"),
         ("b32hexencode", "b32hexdecode"), ("b16encode", "b16decode"), ("b85encode", "b85decode"),
         ("a85encode", "a85decode"), ("z85encode", "z85decode"), ("encodebytes", "decodebytes")]
checksum = 0
for enc, dec in pairs:
    for s in samples:
        e = getattr(base64, enc)(s)
        assert getattr(base64, dec)(e) == s, (enc, s)
        checksum = (checksum * 31 + binascii.crc32(e)) % 1000000007
print("round trips ok", checksum)
for s in samples[:8]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b85encode(s), base64.a85encode(s))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe", altchars=b"*!"))
print(base64.a85encode(b"hello world" * 3, wrapcol=10, adobe=True), base64.a85encode(b"    ", foldspaces=True))
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"abc", pad=True), base64.z85encode(b"\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("0O======", map01="L"), base64.b16decode("4a6b", casefold=True))
print(base64.b64decode("YWJj\nZGVm"), base64.b64decode(b"Zm9v", validate=True), base64.standard_b64decode("Zm9vYg=="))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"abcdefg", "-", 3), binascii.hexlify(b"abcdefg", b" ", -3))
print(binascii.unhexlify("4142ff"), binascii.a2b_hex(b"00ff"), binascii.b2a_hex(b"xyz"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))

bad_calls = [
    lambda: base64.b64decode("YWJ"), lambda: base64.b64decode("Y"), lambda: base64.b64decode("YW!J", validate=True),
    lambda: base64.b64decode("=YWJj", validate=True), lambda: base64.b64decode("YW==YW", validate=True),
    lambda: base64.b64decode("YWJj=", validate=True), lambda: base64.b64decode("YW=a", validate=True),
    lambda: base64.b64decode("é"), lambda: base64.b64encode("text"), lambda: base64.b32decode("MZXW6==="[:7]),
    lambda: base64.b32decode("MZXW6!=="), lambda: base64.b32decode("MZXW6Y======"), lambda: base64.b16decode("4a"),
    lambda: base64.b16decode("4"), lambda: base64.b85decode(b"|NsC0~"), lambda: base64.b85decode(b"~~~~~"),
    lambda: base64.a85decode(b"ab!z"), lambda: base64.a85decode(b"<~abc", adobe=True), lambda: base64.a85decode(b"\x7f"),
    lambda: base64.z85decode(b"~abcd"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
    lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.crc32("text"), lambda: base64.b64decode(3.5),
]
for call in bad_calls:
    try:
        print("no error:", call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1].__name__)
