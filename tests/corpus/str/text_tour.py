s = "  Hello, Wörld! ß İstanbul ǅ  "
print(s.strip().lower(), s.upper(), s.casefold(), s.title(), s.swapcase())
print("straße".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σίσυφος".lower(), "ΣΑΣ".lower())
print("a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(True), "x=1=2".partition("="), "x=1=2".rpartition("="))
print("abc".center(9, "*"), "42".zfill(6), "-42".zfill(6), "tab\tx".expandtabs(4), "Ab".ljust(4, ".") + "|")
print("hello world".replace("o", "0", 1), "%s-%s" % ("a", "b"), "{0}{1}{0}".format("x", "y"), "{:>{w}}".format("r", w=4))
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode(), "ü".encode("ascii", "replace"), "ü".encode("ascii", "xmlcharrefreplace"))
print(str(b"abc"), repr("it's"), repr('say "hi"'), repr("a\tb\x00\u200b"), ascii("é→"), "\N{GREEK SMALL LETTER ALPHA}")
print("Hello".startswith(("He", "x")), "abc".find("c"), "abc".rfind("z"), "aaa".count("a"), "abcabc".index("c", 3))
print("title case words".title(), "ABC".isupper(), "123".isdigit(), "½".isnumeric(), "x1".isidentifier(), " ".isspace(), "Ⅻ".isnumeric())
tbl = str.maketrans("abc", "xyz", "d")
print("abcd".translate(tbl), "".join(reversed("stressed")), "-".join(map(str, range(5))), "a" * 3 + "b" * 0)
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted("hello"), min("hello"), max(["aa", "b"], key=len))
print(f"{'nested':*^20}", f"{3.14159:10.3f}|", f"{12:b}", f"{1e-5:.2e}", f"{12345678:_}", f"{0.25:%}")
import string, textwrap
print(string.ascii_letters[:10], string.punctuation, string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello world, this is long", width=15))
b = bytearray(b"hello"); b[0] = 72; b.extend(b"!!"); b += b"?"
print(b, bytes(b), b.hex(), bytes.fromhex("48 65"), b.upper(), b.split(b"l"), list(b"ab"), b"%d-%s" % (5, b"x"))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), bin(255).count("1"), (255).bit_length())
print(chr(0x1F600), ord("€"), "😀".encode("utf-16-le"), len("😀"), "😀"[0], "a😀b"[1:2])
# UTF-16/32 and Windows-1252 round trips and errors
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "cp1252"]:
    data = "Grüße €5 ™".encode(enc)
    print(enc, data, data.decode(enc) == "Grüße €5 ™")
for bad, enc in [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x41\x00", "utf-16"), (b"\x81", "cp1252"), (b"abc", "utf-32")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(bad.decode(enc, "replace")), repr(bad.decode(enc, "ignore")), repr(bad.decode(enc, "backslashreplace")))
try:
    "\x81".encode("windows-1252")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\x81x".encode("cp1252", "replace"), "😀".encode("cp1252", "xmlcharrefreplace"))
