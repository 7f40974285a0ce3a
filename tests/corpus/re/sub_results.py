# re.sub results built from the engine's output: ASCII, non-ASCII (from the subject or the
# template) and bytes, short and long, all come back as the right type and text.
import re

print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.subn(r"x", "", "xxx"))
print(re.sub(r"o", "ö", "foo boo"), re.sub(r"ü", "u", "über müde"), re.sub(r"a", "é", "b"))
print(re.sub(r"(\w)(\w)", r"\2\1", "日本語テキスト"), re.sub(r"\s+", "·", " a  b\tc "))
print(re.sub(rb"(\d)", rb"[\1]", b"a1\xff2"), re.subn(rb"\xff", b"\x80", b"\xff\xff"))
long = "user=u%d " * 3 % (1, 22, 333) * 20
out = re.sub(r"user=u(\d+)", r"user=<\1>", long)
print(len(out), out[:40], type(out).__name__, out.isascii())
out = re.sub(r"=", "≠", long)
print(len(out), out[:12], out.isascii())
print(re.sub(r"", "-", "ab"), re.sub(r"$", "!", "end\n"), re.sub("a", "\\n", "bab") == "b\nb")
print(repr(re.sub(r"\d", "\x00\x7f", "1x2")), repr(re.sub(r"x", "\x80", "axb")))
