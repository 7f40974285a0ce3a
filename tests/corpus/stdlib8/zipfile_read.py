import zipfile, io, os, hashlib, shutil, tempfile
T = tempfile.mkdtemp()
def h(b): return hashlib.sha256(b).hexdigest()[:16]
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, str(e).replace(T, "T"))
os.makedirs(T + "/ztmp/src/sub")
with open(T + "/ztmp/src/a.txt", "wb") as f: f.write(b"file a\n" * 100)
with open(T + "/ztmp/src/sub/b.txt", "wb") as f: f.write(b"file b")
# path archive, write then read
with zipfile.ZipFile(T + "/ztmp/out.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("a.txt", b"A" * 1000), ("../evil.txt", b"evil"), ("/abs/x.txt", b"abs"), ("d/e/f.txt", b"deep"), ("d/", b"")):
        z.writestr(zipfile.ZipInfo(name, (2022, 2, 2, 2, 2, 2)), data)
    print(z.mode)
print(repr(z))
with open(T + "/ztmp/out.zip", "rb") as f: v = f.read()
print(len(v), h(v), zipfile.is_zipfile(T + "/ztmp/out.zip"), zipfile.is_zipfile(T + "/ztmp/src/a.txt"), zipfile.is_zipfile(T + "/ztmp/missing"))
with zipfile.ZipFile(T + "/ztmp/out.zip") as z:
    print(repr(z).replace(T, "T"))
    print(z.extract("a.txt", T + "/ztmp/x1").replace(T, "T"))
    print(z.extract(z.getinfo("../evil.txt"), T + "/ztmp/x1").replace(T, "T"))
    z.extractall(T + "/ztmp/x2")
    z.extractall(T + "/ztmp/x3", members=["d/e/f.txt"])
for root, dirs, files in sorted(os.walk(T + "/ztmp")):
    print(os.path.relpath(root, T), sorted(dirs), sorted(files))
print(open(T + "/ztmp/x2/abs/x.txt").read(), open(T + "/ztmp/x2/evil.txt").read())
# append to a path
with zipfile.ZipFile(T + "/ztmp/out.zip", "a") as z:
    z.writestr(zipfile.ZipInfo("new.txt", (2023, 3, 3, 3, 3, 3)), "new")
    z.comment = b"hi"
with open(T + "/ztmp/out.zip", "rb") as f: v = f.read()
print(len(v), h(v), zipfile.ZipFile(T + "/ztmp/out.zip").namelist())
with zipfile.ZipFile(T + "/ztmp/new.zip", "a") as z:
    z.writestr(zipfile.ZipInfo("n", (2023, 3, 3, 3, 3, 3)), "n")
print(h(open(T + "/ztmp/new.zip", "rb").read()))
t(lambda: zipfile.ZipFile(T + "/ztmp/new.zip", "x"))
t(lambda: zipfile.ZipFile(T + "/ztmp/missing.zip"))
t(lambda: zipfile.ZipFile(T + "/ztmp/src/a.txt"))
t(lambda: zipfile.ZipFile(io.BytesIO(b""), "q"))
t(lambda: zipfile.ZipFile(io.BytesIO(), "w", 99))
t(lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="utf-8"))
t(lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)))
# errors on a good archive
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr(zipfile.ZipInfo("s.txt", (2020, 1, 1, 0, 0, 0)), b"stored data here")
    t(lambda: z.read("s.txt"))
    w = z.open("w.txt", "w")
    t(lambda: z.writestr("x", b"x"))
    t(lambda: z.open("w2", "w"))
    t(lambda: z.read("s.txt"))
    t(lambda: z.close())
    w.close()
    t(lambda: z.open("s.txt", "rb"))
    t(lambda: z.open("s.txt", "w", pwd=b"x"))
    t(lambda: z.getinfo("zz"))
    t(lambda: setattr(z, "comment", "str"))
    del z.filelist[-1]
    del z.NameToInfo["w.txt"]
v = b.getvalue()
t(lambda: z.read("s.txt"))
t(lambda: z.writestr("q", b""))
z = zipfile.ZipFile(io.BytesIO(v))
t(lambda: z.writestr("q", b""))
t(lambda: z.mkdir(zipfile.ZipInfo("notdir")))
t(lambda: z.mkdir(5))
i = v.index(b"stored data")
bad = v[:i] + b"X" + v[i + 1:]
z = zipfile.ZipFile(io.BytesIO(bad))
print(z.testzip())
t(lambda: z.read("s.txt"))
f = z.open("s.txt"); t(lambda: f.read(5))
t(lambda: zipfile.ZipFile(io.BytesIO(v[:-5])))
t(lambda: zipfile.ZipFile(io.BytesIO(v[:30])))
t(lambda: zipfile.ZipFile(io.BytesIO(b"junk" + v)).read("s.txt"))
bad = v.replace(b"PK\x03\x04", b"PK\x03\x05")
t(lambda: zipfile.ZipFile(io.BytesIO(bad)).read("s.txt"))
bad = v.replace(b"PK\x01\x02", b"PK\x01\x03")
t(lambda: zipfile.ZipFile(io.BytesIO(bad)))
# deflated truncated payload
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("d", bytes(range(256)) * 40)
v = b.getvalue()
zz = zipfile.ZipFile(io.BytesIO(v))
i = zz.getinfo("d"); i.compress_size -= 50
t(lambda: len(zz.read("d")))
zz = zipfile.ZipFile(io.BytesIO(v))
zz.getinfo("d").CRC ^= 1
t(lambda: len(zz.read("d")))
print(zz.testzip())
# multiple open readers at once
zz = zipfile.ZipFile(io.BytesIO(v))
a, c = zz.open("d"), zz.open("d")
print(a.read(3), c.read(5), a.read(2), c.tell(), a.tell())
a.close(); c.close()
print(repr(a), a.closed)
t(lambda: a.read())
# iterate lines
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("lines.txt", "".join(f"line {i}\n" for i in range(2000)) + "tail")
z = zipfile.ZipFile(b)
with z.open("lines.txt") as f:
    lines = list(f)
    print(len(lines), lines[:2], lines[-1])
with z.open("lines.txt") as f:
    print(f.readline(3), f.readline(), f.readlines(20), f.seekable(), f.readable(), repr(f))
with io.TextIOWrapper(z.open("lines.txt"), encoding="utf-8") as f:
    print(repr(f.readline()), len(f.read()))
print(z.getinfo("lines.txt").compress_type, z.getinfo("lines.txt").compress_level)
shutil.rmtree(T)
print(os.path.exists(T))
