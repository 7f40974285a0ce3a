# zip64 records (force_zip64 headers, hand-built zip64 end records), encrypted members,
# write() from files, unseekable output, ZipInfo details.
import zipfile, io, os, struct, zlib, hashlib, tempfile, shutil
def h(b): return hashlib.sha256(b).hexdigest()[:16]
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open(zipfile.ZipInfo("big", (2021, 6, 7, 8, 9, 10)), "w", force_zip64=True) as w:
        w.write(b"zip64 header" * 100)
    zi = zipfile.ZipInfo("big2", (2021, 6, 7, 8, 9, 10)); zi.file_size = 3 * 1024**3
    with z.open(zi, "w") as w:
        w.write(b"claims to be big")
v = b.getvalue(); print(len(v), h(v))
z = zipfile.ZipFile(io.BytesIO(v))
for i in z.infolist(): print(repr(i), i.extract_version, i.create_version, i.extra.hex())
print(z.read("big")[:24], z.read("big2"))
t(lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open("x", "w", force_zip64=True))
zz = zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False)
zi = zipfile.ZipInfo("huge"); zi.file_size = 3 * 1024**3
t(lambda: zz.open(zi, "w"))
# a hand-made archive whose central directory only has zip64 sizes and offsets
payload = b"sixty-four bits" * 3
name = b"z64.txt"
local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 45, 0, 0, 0, 0, 33, zlib.crc32(payload), 0xFFFFFFFF, 0xFFFFFFFF, len(name), 20) + name + struct.pack("<HHQQ", 1, 16, len(payload), len(payload))
body = local + payload
extra = struct.pack("<HHQQQ", 1, 24, len(payload), len(payload), 0)
cd = struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 45, 3, 45, 0, 0, 0, 0, 33, zlib.crc32(payload), 0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0, 0o644 << 16, 0xFFFFFFFF) + name + extra
end64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 1, 1, len(cd), len(body))
loc = struct.pack("<4sLQL", b"PK\x06\x07", 0, len(body) + len(cd), 1)
end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
arc = body + cd + end64 + loc + end
z = zipfile.ZipFile(io.BytesIO(arc))
i = z.getinfo("z64.txt")
print(repr(i), i.header_offset, i.date_time, z.read("z64.txt"), zipfile.is_zipfile(io.BytesIO(arc)))
z = zipfile.ZipFile(io.BytesIO(b"prefix!!" + arc)); print(z.read("z64.txt")[:6])
t(lambda: zipfile.ZipFile(io.BytesIO(arc[:len(body) + len(cd)] + end64 + struct.pack("<4sLQL", b"PK\x06\x07", 1, 0, 1) + end)))
bad = body + cd[:-len(extra)] + struct.pack("<HHQ", 1, 8, len(payload)) + end64 + loc + end
t(lambda: zipfile.ZipFile(io.BytesIO(bad)))
bad = body + cd[:-len(extra)] + struct.pack("<HH", 1, 30) + end64 + loc + end
t(lambda: zipfile.ZipFile(io.BytesIO(bad)))
# appending to a zip64 archive rewrites it with a normal end record
b = io.BytesIO(arc)
with zipfile.ZipFile(b, "a") as z:
    z.writestr(zipfile.ZipInfo("more", (2000, 1, 1, 0, 0, 0)), b"more")
print(h(b.getvalue()), zipfile.ZipFile(b).namelist())
# the traditional PKWARE encryption (reading): a member encrypted by hand
def crc_step(key, c):
    return zlib.crc32(bytes([c]), key ^ 0xFFFFFFFF) ^ 0xFFFFFFFF
class Keys:
    def __init__(self, pwd):
        self.k = [305419896, 591751049, 878082192]
        for c in pwd: self.update(c)
    def update(self, c):
        k0, k1, k2 = self.k
        k0 = crc_step(k0, c)
        k1 = ((k1 + (k0 & 255)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = crc_step(k2, k1 >> 24)
        self.k = [k0, k1, k2]
    def encrypt(self, data):
        out = bytearray()
        for c in data:
            k = self.k[2] | 2
            out.append(c ^ (((k * (k ^ 1)) >> 8) & 255))
            self.update(c)
        return bytes(out)
secret = b"the secret text " * 20
comp = zlib.compressobj(6, zlib.DEFLATED, -15); cdata = comp.compress(secret) + comp.flush()
crc = zlib.crc32(secret)
header = bytes(range(11)) + bytes([crc >> 24])
enc = Keys(b"pw").encrypt(header + cdata)
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    zi = zipfile.ZipInfo("secret.txt", (2015, 5, 5, 5, 5, 6))
    zi.compress_type = zipfile.ZIP_STORED
    z.writestr(zi, b"placeholder")
v = b.getvalue()
# rebuild with the encrypted deflated payload
name = b"secret.txt"
lh = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 1, 8, 0, 0, crc, len(enc), len(secret), len(name), 0) + name
cdr = struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 1, 8, 0, 0, crc, len(enc), len(secret), len(name), 0, 0, 0, 0, 0, 0) + name
arc = lh + enc + cdr + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(cdr), len(lh) + len(enc), 0)
z = zipfile.ZipFile(io.BytesIO(arc))
print(repr(z.getinfo("secret.txt")), z.getinfo("secret.txt").flag_bits)
t(lambda: z.read("secret.txt"))
t(lambda: z.read("secret.txt", pwd=b"wrong"))
t(lambda: z.read("secret.txt", pwd="pw"))
print(z.read("secret.txt", pwd=b"pw") == secret)
z.setpassword(b"pw")
with z.open("secret.txt") as f:
    print(f.read(10), f.seek(300), f.read(5), f.seek(2), f.read(4))
t(lambda: z.setpassword("x"))
# write() from the file system: dates depend on the host, so print the rest
T = tempfile.mkdtemp()
os.makedirs(T + "/tree/inner")
with open(T + "/tree/inner/f.txt", "w") as f: f.write("content\n" * 50)
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED, strict_timestamps=False) as z:
    z.write(T + "/tree", "tree")
    z.write(T + "/tree/inner", "tree/inner/")
    z.write(T + "/tree/inner/f.txt", "/tree/inner/f.txt")
    z.write(T + "/tree/inner/f.txt", "stored.txt", zipfile.ZIP_STORED)
    z.write(T + "/tree/inner/f.txt", arcname="lvl1.txt", compresslevel=1)
z = zipfile.ZipFile(b)
for i in z.infolist():
    print(i.filename, i.compress_type, i.file_size, i.compress_size, i.CRC, oct(i.external_attr >> 16), i.external_attr & 0xFFFF, i.is_dir())
print(z.read("tree/inner/f.txt")[:8], z.read("lvl1.txt") == z.read("stored.txt"))
zi = zipfile.ZipInfo.from_file(T + "/tree/inner/f.txt", "a/../b/./c.txt", strict_timestamps=False)
print(zi.filename, zi.file_size, oct(zi.external_attr))
zi = zipfile.ZipInfo.from_file(T + "/tree/inner/f.txt", strict_timestamps=False)
print(zi.filename.endswith("tree/inner/f.txt"), zi.filename.startswith("/"))
shutil.rmtree(T)
# ZipInfo
zi = zipfile.ZipInfo("name\0junk.txt", (2000, 1, 1, 1, 1, 1))
print(zi.filename, zi.orig_filename, zi.date_time, zi.compress_level, zi.create_system, zi.is_dir())
zi.compress_level = 5; print(zi._compresslevel)
zi.external_attr = 0o100755 << 16 | 0x20
zi.compress_type = 99; zi.file_size = 10; zi.compress_size = 3; zi.CRC = 7
print(repr(zi))
print(zi.FileHeader().hex())
zi.flag_bits = 8; zi.CRC = 5; print(zi.FileHeader().hex())
zi = zipfile.ZipInfo("ünï/"); zi.CRC = 0
print(repr(zi), zi.FileHeader(zip64=True).hex(), zi.extract_version)
print(repr(zipfile.ZipInfo()), zipfile.ZipInfo().filename)
t(lambda: zipfile.ZipInfo("x", (2000, 1)).FileHeader())
# cp437 names and metadata_encoding
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr(zipfile.ZipInfo("plain", (2000, 1, 1, 0, 0, 0)), b"")
raw = b.getvalue().replace(b"plain", b"\x82t\xe9\x9a\xff")
print([zipfile.ZipFile(io.BytesIO(raw)).namelist()], zipfile.ZipFile(io.BytesIO(raw), metadata_encoding="latin-1").namelist())
print(zipfile.ZipFile(io.BytesIO(raw), metadata_encoding="cp437").read("étΘÜ\xa0"))
# module constants
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(issubclass(zipfile.LargeZipFile, Exception), zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP_MAX_COMMENT)
print(zipfile.sizeCentralDir, zipfile.sizeEndCentDir, zipfile.sizeFileHeader, zipfile.sizeEndCentDir64, zipfile.sizeEndCentDir64Locator)
# comments and printdir to a stream
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.comment = b"c" * 10
    z.writestr(zipfile.ZipInfo("a", (2000, 1, 1, 0, 0, 0)), b"")
z = zipfile.ZipFile(b, "a"); z.comment = b"changed"; z.close()
z = zipfile.ZipFile(b); print(z.comment, len(b.getvalue()), h(b.getvalue()))
s = io.StringIO(); z.printdir(s); print(s.getvalue())
