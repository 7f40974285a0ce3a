import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()), repr(s.read()), s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
print("printed", 1, 2, sep="-", file=s)
print(repr(s.getvalue()))
s = io.StringIO("a\nb\nc")
for line in s:
    print(repr(line))
s.seek(0)
print(list(s), s.tell(), s.seek(0, 2), s.truncate(2), repr(s.getvalue()), s.tell())
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
t = io.StringIO("hello"); t.seek(8); t.write("x"); print(repr(t.getvalue()), t.tell())
t = io.StringIO("hello"); print(t.tell(), t.write("HE"), t.getvalue(), t.read())
t = io.StringIO("a\r\nb\rc\n"); print(t.readlines())
t = io.StringIO(newline=None); t.write("a\r\nb"); print(repr(t.getvalue()))
t = io.StringIO("a\r\nb\rc\n", newline=""); print(t.readlines())
t = io.StringIO("abc"); t.seek(1); print(t.truncate(), t.getvalue(), t.tell())
t = io.StringIO("abcdef"); print(t.readline(2), t.readlines(1), t.readable(), t.writable(), t.seekable())
t.writelines(["x", "y"]); print(t.getvalue())
print(type(t), type(io.BytesIO()), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
s = io.StringIO("ab\ncd\n")
for f in [lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3),
          lambda: s.truncate(-1), lambda: s.read("x"), lambda: io.BytesIO().write("x"),
          lambda: io.BytesIO(b"ab").seek(-1), lambda: io.BytesIO(b"ab").seek(5, 1),
          lambda: io.StringIO(5), lambda: io.BytesIO("x"), lambda: io.BytesIO().write(5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for f in [lambda: s.write("x"), lambda: s.getvalue(), lambda: s.read(), lambda: s.closed]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.readlines(), b.tell(), b.read())
b.seek(0); print(b.write(b"J"), b.getvalue(), list(b))
b = io.BytesIO(b"hello"); b.seek(8); b.write(b"x"); print(b.getvalue(), b.tell())
b = io.BytesIO(); b.write(bytearray(b"ab")); b.write(b"cd"); print(b.getvalue(), b.seek(-1, 2), b.read())
with io.BytesIO(b"z") as bb:
    print(bb.read(), bb.closed)
try:
    bb.read()
except ValueError as e:
    print("ValueError", e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
