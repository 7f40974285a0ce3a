import tarfile, io, os, gzip, hashlib, tempfile, shutil, warnings
def h(b): return hashlib.sha256(b).hexdigest()[:16]
T = tempfile.mkdtemp()
def t(f):
    try: r = f(); print(repr(r).replace(T, "T"))
    except Exception as e: print(type(e).__name__, str(e).replace(T, "T"))
def add(tf, name, data=b"", **kw):
    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = kw.pop("mtime", 1600000000)
    for k, v in kw.items(): setattr(ti, k, v)
    tf.addfile(ti, io.BytesIO(data) if data else None)
def sample(mode="w", fileobj=None, **kw):
    b = fileobj or io.BytesIO()
    with tarfile.open(fileobj=b, mode=mode, **kw) as tf:
        add(tf, "top.txt", b"top level\n" * 3)
        add(tf, "pkg", type=tarfile.DIRTYPE, mode=0o755)
        add(tf, "pkg/mod.py", b"print('hi')\n", mode=0o644)
        add(tf, "pkg/run.sh", b"#!/bin/sh\n", mode=0o4755)
        add(tf, "pkg/link", type=tarfile.SYMTYPE, linkname="mod.py")
        add(tf, "hard", type=tarfile.LNKTYPE, linkname="top.txt")
        add(tf, "lines.txt", "".join(f"line {i}\n" for i in range(300)).encode())
        add(tf, "pkg/top.txt", b"second copy\n")
    return b
b = sample()
v = b.getvalue(); print(len(v), h(v))
with tarfile.open(fileobj=io.BytesIO(v)) as tf:
    print(tf.getnames())
    m = tf.getmember("top.txt"); print(m.name, m.size, m.offset, m.offset_data, m.isfile(), m.isreg(), m.isdir(), m.issym(), m.islnk(), m.isdev(), m.issparse())
    print(tf.extractfile("top.txt").read(), tf.extractfile("hard").read(), tf.extractfile("pkg/link").read(), tf.extractfile("pkg"))
    f = tf.extractfile("lines.txt")
    print(f.readline(), f.read(7), f.tell(), f.seek(100), f.read(5), f.seek(-4, 2), f.read(), f.seek(0), len(f.readlines()), f.name, f.readable(), f.seekable())
    f.seek(0); print(sum(1 for _ in f)); f.close(); print(f.closed)
    t(lambda: tf.getmember("missing"))
    print(tf.getmember("pkg/").name, [m.name for m in tf.getmembers()][:3])
    tf.list(verbose=False)
    t(lambda: tf.addfile(tarfile.TarInfo("x")))
print(tf.closed)
t(lambda: tf.getmembers())
# iteration without loading
tf = tarfile.open(fileobj=io.BytesIO(v))
print([m.name for m in tf][:2], tf.next(), tf.getnames()[-1])
tf.close()
# gzip
for lvl in (1, 6, 9):
    g = io.BytesIO()
    with tarfile.open(fileobj=g, mode="w:gz", compresslevel=lvl) as tf:
        add(tf, "a.txt", b"gzip me " * 200)
    raw = gzip.decompress(g.getvalue())
    print(lvl, len(raw), h(raw), g.getvalue()[:3])
    with tarfile.open(fileobj=io.BytesIO(g.getvalue()), mode="r:gz") as tf:
        print(tf.getnames(), tf.extractfile("a.txt").read(16))
    with tarfile.open(fileobj=io.BytesIO(g.getvalue())) as tf:
        print(tf.getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(v), mode="r:gz"))
t(lambda: tarfile.open(fileobj=io.BytesIO(b"garbage" * 100), mode="r:"))
t(lambda: tarfile.open(fileobj=io.BytesIO(b""), mode="r:"))
t(lambda: tarfile.open(fileobj=io.BytesIO(v[:100]), mode="r:"))
t(lambda: tarfile.open(fileobj=io.BytesIO(v), mode="r:zip"))
t(lambda: tarfile.open(fileobj=io.BytesIO(v), mode="q"))
t(lambda: tarfile.open(fileobj=io.BytesIO(v), mode="r|x"))
t(lambda: tarfile.open())
t(lambda: tarfile.TarFile(fileobj=io.BytesIO(v), mode="rb"))
t(lambda: tarfile.open(fileobj=io.BytesIO(v), mode="a:gz"))
bad = bytearray(v); bad[148] = ord("7")
t(lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad)), mode="r:").getnames())
bad = bytearray(v); bad[1024 + 148] = ord("7")
t(lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad))).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad)), ignore_zeros=True).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(v[:1536])).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(v[:600])).extractfile("top.txt").read())
t(lambda: tarfile.open(fileobj=io.BytesIO(v + v), ignore_zeros=True).getnames())
print(tarfile.is_tarfile(io.BytesIO(v)), tarfile.is_tarfile(io.BytesIO(b"x" * 1024)), tarfile.is_tarfile(io.BytesIO(gzip.compress(v, mtime=0))))
# append
b = sample()
b.seek(0)
with tarfile.open(fileobj=b, mode="a") as tf:
    add(tf, "appended.txt", b"more")
b.seek(0)
print(len(b.getvalue()), h(b.getvalue()), tarfile.open(fileobj=b).getnames()[-2:])
# paths: write, append, read, extract with filters
path = os.path.join(T, "arch.tar")
with tarfile.open(path, "w") as tf:
    add(tf, "f.txt", b"file")
with tarfile.open(path, "a") as tf:
    add(tf, "g.txt", b"gee")
print(h(open(path, "rb").read()), tarfile.is_tarfile(path), tarfile.open(path).getnames(), repr(tarfile.open(path).name).replace(T, "T"))
with tarfile.open(os.path.join(T, "new.tar"), "a") as tf:
    add(tf, "n", b"n")
print(h(open(os.path.join(T, "new.tar"), "rb").read()))
t(lambda: tarfile.open(path, "x"))
t(lambda: tarfile.open(os.path.join(T, "nope.tar")))
gz = os.path.join(T, "a.tar.gz")
with tarfile.open(gz, "w:gz") as tf:
    add(tf, "inside", b"zipped")
print(tarfile.open(gz).getnames(), tarfile.open(gz, "r:gz").extractfile("inside").read())
# extraction
src = sample().getvalue()
def extract(filter, dest, **kw):
    with tarfile.open(fileobj=io.BytesIO(src), **kw) as tf:
        tf.extractall(os.path.join(T, dest), filter=filter)
    out = []
    for root, dirs, files in sorted(os.walk(os.path.join(T, dest))):
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out.append((os.path.relpath(p, T), fh.read()[:12]))
    print(getattr(filter, "__name__", filter), out)
extract("data", "d1")
extract("tar", "d2")
extract("fully_trusted", "d3")
extract(tarfile.data_filter, "d4")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    extract(None, "d5")
    print([str(x.message)[:40] for x in w], [x.category.__name__ for x in w])
t(lambda: extract("bogus", "d6"))
with tarfile.open(fileobj=io.BytesIO(src)) as tf:
    tf.extract("pkg/mod.py", os.path.join(T, "one"), filter="data")
    tf.extract(tf.getmember("top.txt"), os.path.join(T, "one"), filter="data")
print(sorted(os.listdir(os.path.join(T, "one"))), open(os.path.join(T, "one", "top.txt")).read())
# filters on hostile members
def hostile(name, **kw):
    ti = tarfile.TarInfo(name)
    for k, v in kw.items(): setattr(ti, k, v)
    return ti
dest = os.path.join(T, "dest")
for ti in (hostile("/etc/passwd"), hostile("../escape"), hostile("ok/../../x"), hostile("dev", type=tarfile.CHRTYPE),
           hostile("fifo", type=tarfile.FIFOTYPE), hostile("l", type=tarfile.SYMTYPE, linkname="/abs"),
           hostile("l2", type=tarfile.SYMTYPE, linkname="../../out"), hostile("h", type=tarfile.LNKTYPE, linkname="../x"),
           hostile("exe", mode=0o4777), hostile("plain", mode=0o640, uid=5, uname="bob"), hostile("d", type=tarfile.DIRTYPE, mode=0o777)):
    for f in (tarfile.data_filter, tarfile.tar_filter, tarfile.fully_trusted_filter):
        try:
            r = f(ti, dest)
            print(f.__name__, ti.name, r is ti, r.name, oct(r.mode) if r.mode is not None else None, r.uid, r.uname, r.gid, r.gname)
        except tarfile.FilterError as e:
            print(f.__name__, type(e).__name__, str(e).replace(T, "T").replace(os.path.dirname(T), "D"), e.tarinfo is ti)
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w") as tf:
    add(tf, "../evil", b"evil")
    add(tf, "fine", b"fine")
b.seek(0)
with tarfile.open(fileobj=b) as tf:
    t(lambda: tf.extractall(os.path.join(T, "e1"), filter="data"))
    tf.errorlevel = 0
    tf.extractall(os.path.join(T, "e2"), filter="data")
print(sorted(os.listdir(os.path.join(T, "e2"))))
# add() from the file system
os.makedirs(os.path.join(T, "tree", "sub"))
with open(os.path.join(T, "tree", "a.txt"), "w") as f: f.write("aaa")
with open(os.path.join(T, "tree", "sub", "b.txt"), "w") as f: f.write("bbbb")
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w") as tf:
    tf.add(os.path.join(T, "tree"), arcname="tree")
    tf.add(os.path.join(T, "tree", "a.txt"), arcname="renamed.txt", filter=lambda ti: ti.replace(mtime=0, uname="", gname=""))
    tf.add(os.path.join(T, "tree", "sub"), arcname="skip", filter=lambda ti: None)
    tf.add(os.path.join(T, "tree", "sub"), arcname="norec", recursive=False)
    ti = tf.gettarinfo(os.path.join(T, "tree", "a.txt"), arcname="/abs/name")
    print(ti.name, ti.size, oct(ti.mode), ti.type)
b.seek(0)
for m in tarfile.open(fileobj=b):
    print(m.name, m.type, m.size, oct(m.mode))
# stream modes
s = io.BytesIO()
with tarfile.open(fileobj=s, mode="w|") as tf:
    add(tf, "streamed", b"through a stream" * 40)
print(len(s.getvalue()), h(s.getvalue()))
s.seek(0)
with tarfile.open(fileobj=s, mode="r|") as tf:
    for m in tf:
        print(m.name, tf.extractfile(m).read(16))
gs = io.BytesIO()
with tarfile.open(fileobj=gs, mode="w|gz") as tf:
    add(tf, "gzstream", b"zz" * 100)
print(len(gzip.decompress(gs.getvalue())), h(gzip.decompress(gs.getvalue())))
gs.seek(0)
with tarfile.open(fileobj=gs, mode="r|*") as tf:
    print([(m.name, tf.extractfile(m).read(4)) for m in tf])
gs.seek(0)
with tarfile.open(fileobj=gs, mode="r|gz") as tf:
    print(tf.getnames())
# TarInfo
ti = tarfile.TarInfo("x/y"); print(ti.path, ti.linkpath, ti.mode, ti.type, ti.mtime, ti.pax_headers, ti.sparse)
ti.path = "p"; ti.linkpath = "lp"; print(ti.name, ti.linkname)
r = ti.replace(name="new", mode=0o600); print(r.name, r.mode, ti.name, r is ti)
print(tarfile.TarInfo.frombuf.__name__, tarfile.DEFAULT_FORMAT, tarfile.ENCODING, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)
t(lambda: tarfile.TarInfo.frombuf(b"", "utf-8", "strict"))
t(lambda: tarfile.TarInfo.frombuf(b"x" * 10, "utf-8", "strict"))
t(lambda: tarfile.TarInfo.frombuf(b"\0" * 512, "utf-8", "strict"))
t(lambda: tarfile.TarInfo.frombuf(b"x" * 512, "utf-8", "strict"))
print([c.__name__ for c in tarfile.ReadError.__mro__], issubclass(tarfile.AbsolutePathError, tarfile.FilterError))
shutil.rmtree(T)
