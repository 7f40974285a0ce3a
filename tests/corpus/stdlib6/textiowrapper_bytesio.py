import io
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("héllo\nworld\n")
w.flush()
print(b.getvalue(), w.encoding, repr(w), isinstance(w, io.TextIOWrapper), type(w).__name__)
r = io.TextIOWrapper(io.BytesIO("línea 1\nline 2\r\nline 3\rline 4".encode()), encoding="utf-8")
print(repr(r.readline()), repr(r.read()), r.newlines)
r2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\nc"), encoding="ascii", newline="")
print(list(r2))
r3 = io.TextIOWrapper(io.BytesIO(b"x,y\n1,2\n"), encoding="utf-8")
import csv
print(list(csv.reader(r3)))
w2 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r\n")
w2.write("a\nbé")
w2.flush()
print(w2.buffer.getvalue())
with io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="utf-8", errors="replace") as t:
    print(repr(t.read()))
print(t.closed)
t4 = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"))
print(t4.encoding, t4.readlines(), t4.tell())
t4.seek(0)
print(t4.read(2), t4.tell())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print("LookupError:", e)
try:
    t4.write(b"x")
except TypeError as e:
    print("TypeError:", e)
