import codecs

for n in ["utf-8", "UTF8", "u8", "latin1", "Latin-1", "iso-8859-1", "ascii", "us-ascii", "utf-16",
          "utf_16_le", "UTF-16-BE", "utf-32", "utf-32-be", "cp1252", "windows-1252", "rot13", "rot_13",
          "hex", "base64", "utf-8-sig", "l1"]:
    ci = codecs.lookup(n)
    print(n, ci.name, isinstance(ci, tuple), len(ci), ci[0] is ci.encode, ci[1] is ci.decode)

print(codecs.lookup("utf-8").encode.__name__, codecs.lookup("latin1").decode.__name__)

cases = [("abc",), ("abc", "utf-16"), ("abc", "utf-16-le"), ("héllo€", "utf-32-be"), (b"abc", "hex"),
         (b"abc", "base64"), ("Hello, World!", "rot13"), (123,), ("abc", "nope"), ("é", "ascii"),
         ("é", "ascii", "replace"), ("é", "ascii", "ignore"), ("é€", "ascii", "xmlcharrefreplace"),
         ("aé€\U0001f600", "ascii", "backslashreplace"), ("é", "ascii", "bogus"), ("é€", "cp1252"),
         ("hi", "utf-8-sig"), ("héllo", "latin-1")]
for args in cases:
    try:
        print("encode", args, repr(codecs.encode(*args)))
    except Exception as e:
        print("encode", args, type(e).__name__, e)

cases = [(b"abc",), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"616263", "hex"),
         (b"YWJj\n", "base64"), ("Uryyb", "rot13"), ("abc",), (b"abc", "nope"), (b"\xff", "utf-8"),
         (b"a\xffb", "utf-8", "replace"), (b"a\xffb", "utf-8", "ignore"),
         (b"a\xffb", "utf-8", "backslashreplace"), (b"\xef\xbb\xbfhi", "utf-8-sig"), (b"hi", "utf-8-sig"),
         (b"\x80\x93", "cp1252"), (b"caf\xe9", "latin-1"), (b"caf\xe9", "ascii")]
for args in cases:
    try:
        print("decode", args, repr(codecs.decode(*args)))
    except Exception as e:
        print("decode", args, type(e).__name__, e)

print(codecs.encode("aé", encoding="latin-1"), codecs.decode(obj=b"a\xe9", encoding="latin-1"))
print(codecs.getencoder("utf-8")("héllo"), codecs.getdecoder("utf-8")(b"h\xc3\xa9llo"))
print(codecs.getencoder("latin-1")("abc", "strict"), codecs.getdecoder("ascii")(b"abc"))
print(codecs.getencoder("rot13")("abc"), codecs.getencoder("hex")(b"\x01\xff"))
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"ab\xc3"), codecs.latin_1_decode(b"\xe9"))

try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.lookup(3)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)

print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF16_LE,
      codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("ignore") is codecs.ignore_errors)


def brackets(exc):
    return ("[%d-%d]" % (exc.start, exc.end), exc.end)


codecs.register_error("brackets", brackets)
print(codecs.lookup_error("brackets") is brackets)
print(codecs.encode("aéb", "ascii", "brackets"), codecs.decode(b"a\xffb", "ascii", "brackets"))
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.strict_errors(ValueError("boom"))
except ValueError as e:
    print("ValueError", e)
print(codecs.ignore_errors(UnicodeEncodeError("ascii", "aéb", 1, 2, "r")))
print(codecs.replace_errors(UnicodeEncodeError("ascii", "aéé", 1, 3, "r")))
print(codecs.replace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "r")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "r")))
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "r")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "r")))

d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"h\xc3")), repr(d.decode(b"\xa9llo\xe2\x82")), repr(d.decode(b"\xac", final=True)))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"a\xc3", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xff\xfea")), repr(d.decode(b"\x00b\x00")), repr(d.decode(b"", final=True)))
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("é"), e.encode("x", final=True))
print(list(codecs.iterencode(["a", "é", ""], "utf-8")), list(codecs.iterdecode([b"a\xc3", b"\xa9", b"\xe2\x82", b"\xac"], "utf-8")))


def search(name):
    print("search got", repr(name))
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None


codecs.register(search)
print(codecs.encode("abc", "My Codec"), codecs.decode(b"ABC", "my-codec"), codecs.lookup("MY_CODEC").name)
try:
    codecs.lookup("Other Thing")
except LookupError as e:
    print("LookupError", e)
codecs.unregister(search)

import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), "enc.txt")
with codecs.open(path, "w", "utf-16") as f:
    f.write("héllo\r\nwörld\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", "utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, "rb") as f:
    print(f.read()[:4])
try:
    codecs.open(path, "r", "no-such-encoding")
except LookupError as e:
    print("LookupError", e)
os.remove(path)
os.rmdir(os.path.dirname(path))
print(sorted(set(codecs.__all__) - set(dir(codecs))))
