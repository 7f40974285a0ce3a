# str.encode, bytes.decode, str() and bytes() with the handlers the codecs module knows:
# namereplace and those of codecs.register_error (CPython looks one up only on a failure).
import codecs
print("aé€😀".encode("ascii", "namereplace"))
print("aé€\x00".encode("latin-1", "namereplace"))
def h(e):
    print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
    return ("<%d>" % e.start, e.end)
codecs.register_error("mine", h)
print("héllo wörld".encode("ascii", "mine"))
print(b"h\xe9llo \xff\xfe!".decode("utf-8", "mine"))
print(bytearray(b"a\x80b").decode("ascii", "mine"))
print("abc".encode("ascii", "bogus"))
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xff".decode("utf-8", "nope")
except LookupError as e:
    print("LookupError", e)
def skip2(e):
    return ("?", e.start + 2)
codecs.register_error("skip2", skip2)
print("aééb".encode("ascii", "skip2"), "aéb".encode("cp1252", "mine"), "a\u4e00b".encode("cp1252", "mine"))
print(b"ab\xff\xfecd".decode("ascii", "skip2"))
print(codecs.encode("é", "ascii", "namereplace"), codecs.decode(b"\xff", "utf-8", "mine"))
print(str(b"x\xffy", "utf-8", "mine"))
class MyStr(str): pass
print(MyStr("é!").encode("ascii", "namereplace"))
def bad(e):
    return 42
codecs.register_error("bad", bad)
try:
    "é".encode("ascii", "bad")
except TypeError as e:
    print("TypeError", e)
print(bytes("añb", "ascii", "namereplace"))
def backwards(e):
    return ("!", -1)
codecs.register_error("backwards", backwards)
print("éab".encode("ascii", "backwards"))
def far(e):
    return ("!", 99)
codecs.register_error("far", far)
try:
    "é".encode("ascii", "far")
except IndexError as e:
    print("IndexError", e)
def decode_bytes_back(e):
    return (b"x", e.end)
codecs.register_error("dbb", decode_bytes_back)
try:
    b"\xff".decode("utf-8", "dbb")
except TypeError as e:
    print("TypeError", e)
print("é".encode("utf-16-le", "namereplace"), "ok".encode("ascii", "namereplace"))
