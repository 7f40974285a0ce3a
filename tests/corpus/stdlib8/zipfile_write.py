import zipfile, io, hashlib, zlib
def h(b): return hashlib.sha256(b).hexdigest()[:16]
data = b"hello zip world\n" * 500 + bytes(range(256))
for comp in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    for lvl in (None, 1, 9):
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", comp, compresslevel=lvl) as z:
            z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 2, 3, 4, 5)), data)
            zi = zipfile.ZipInfo("dir/b.bin", (2024, 12, 31, 23, 59, 58)); zi.compress_type = comp
            z.writestr(zi, data[:100])
            z.mkdir("sub")
            zi = zipfile.ZipInfo("é.txt", (2001, 2, 3, 4, 5, 6)); zi.comment = b"cmt"; zi.extra = b"\x99\x99\x02\x00ab"
            z.writestr(zi, "unicode text", compress_type=zipfile.ZIP_DEFLATED, compresslevel=3)
            with z.open(zipfile.ZipInfo("stream", (2010, 5, 5, 5, 5, 5)), "w") as w:
                w.write(b"part1"); w.write(bytearray(b"part2")); w.write(memoryview(b"part3"))
            z.comment = b"archive comment"
        v = b.getvalue()
        print(comp, lvl, len(v), h(v))
        z = zipfile.ZipFile(io.BytesIO(v))
        print(z.namelist(), z.comment, z.testzip())
        for i in z.infolist(): print(repr(i), i.date_time, i.CRC, i.flag_bits, i.create_version, i.extract_version, i.header_offset, i.comment, i.extra)
        print(h(z.read("a.txt")), z.read("stream"), z.read("é.txt"))
        with z.open("a.txt") as f:
            print(f.readline(), f.read(5), f.tell(), f.seek(100), f.read(3), f.seek(-5, 2), f.read(), f.seek(10), f.read(4), f.peek(2)[:2], f.read1(3))
            print(len(f.readlines()))
        z.printdir()
# unseekable stream
class W:
    def __init__(self): self.parts = []
    def write(self, d): self.parts.append(bytes(d)); return len(d)
    def flush(self): pass
w = W()
with zipfile.ZipFile(w, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("x", (1999, 9, 9, 9, 9, 9)), b"unseekable" * 30)
    z.writestr(zipfile.ZipInfo("y", (1999, 9, 9, 9, 9, 9)), b"")
v = b"".join(w.parts); print(len(v), h(v))
z = zipfile.ZipFile(io.BytesIO(v)); print([repr(i) for i in z.infolist()], z.read("x")[:20])
# append
b = io.BytesIO(v)
with zipfile.ZipFile(b, "a") as z:
    z.writestr(zipfile.ZipInfo("z", (2000, 1, 1, 0, 0, 0)), b"appended")
print(len(b.getvalue()), h(b.getvalue()), zipfile.ZipFile(b).namelist())
b = io.BytesIO(b"not a zip at all")
with zipfile.ZipFile(b, "a") as z:
    z.writestr(zipfile.ZipInfo("q", (2000, 1, 1, 0, 0, 0)), b"q")
print(h(b.getvalue()), zipfile.is_zipfile(b), zipfile.is_zipfile(io.BytesIO(b"xx")), zipfile.ZipFile(b).read("q"))
