import tarfile, io, hashlib
def h(b): return hashlib.sha256(b).hexdigest()[:16]
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
def member(name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data); ti.mtime = kw.pop("mtime", 1700000000)
    for k, v in kw.items(): setattr(ti, k, v)
    return ti, (io.BytesIO(data) if data else None)
def build(fmt, extra=()):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as tf:
        for name, data, kw in [("hello.txt", b"hello world\n", {}), ("dir", b"", {"type": tarfile.DIRTYPE, "mode": 0o755}),
                               ("dir/bin.dat", bytes(range(256)) * 3, {"uid": 1000, "gid": 100, "uname": "alice", "gname": "staff"}),
                               ("link", b"", {"type": tarfile.SYMTYPE, "linkname": "hello.txt"}),
                               ("hard", b"", {"type": tarfile.LNKTYPE, "linkname": "hello.txt"}),
                               ("empty", b"", {"mode": 0o600}), *extra]:
            ti, f = member(name, data, **kw)
            tf.addfile(ti, f)
    return b.getvalue()
long = "a/" * 60 + "long_name.txt"
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    v = build(fmt)
    print(fmt, len(v), h(v))
    v = build(fmt, [(long, b"long", {}), ("x" * 120, b"", {"type": tarfile.SYMTYPE, "linkname": "t" * 101}) if fmt != tarfile.USTAR_FORMAT else ("short", b"s", {})])
    print(fmt, len(v), h(v))
    v = build(fmt, [("dev", b"", {"type": tarfile.CHRTYPE, "devmajor": 1, "devminor": 3}), ("fifo", b"", {"type": tarfile.FIFOTYPE})])
    print(fmt, len(v), h(v))
for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    v = build(fmt, [("naïve-ü.txt", b"unicode", {"uname": "jösé"}), ("big-uid", b"", {"uid": 8**8, "gid": 2**40}), ("float-time", b"", {"mtime": 1700000000.5}), ("neg-time", b"", {"mtime": -5})])
    print(fmt, len(v), h(v))
    r = tarfile.open(fileobj=io.BytesIO(v))
    for m in r.getmembers():
        print(m.name, m.size, m.mtime, m.uid, m.gid, m.uname, m.gname, m.mode, m.type, m.linkname, sorted(m.pax_headers.items()), m.offset, m.offset_data)
t(lambda: h(build(tarfile.USTAR_FORMAT, [("naïve", b"", {})])))
t(lambda: build(tarfile.USTAR_FORMAT, [("big", b"", {"uid": 8**8})]))
t(lambda: build(tarfile.USTAR_FORMAT, [("x" * 101, b"", {})]))
t(lambda: build(tarfile.USTAR_FORMAT, [("l", b"", {"type": tarfile.SYMTYPE, "linkname": "y" * 101})]))
t(lambda: build(tarfile.USTAR_FORMAT, [("a" * 156 + "/b", b"", {})]))
t(lambda: build(tarfile.GNU_FORMAT, [("m", b"", {"mtime": 256**11})]))
t(lambda: build(tarfile.PAX_FORMAT, [("m", b"", {"mode": None})]))
t(lambda: len(build(tarfile.PAX_FORMAT, [("m", b"", {"uname": "x" * 40})])))
# global pax headers and encodings
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", pax_headers={"comment": "global", "foo": "bär"}) as tf:
    ti, f = member("p", b"pp"); tf.addfile(ti, f)
    ti, f = member("q", b"qq"); ti.pax_headers = {"custom": "1", "path": "renamed"}; tf.addfile(ti, f)
v = b.getvalue(); print(len(v), h(v))
r = tarfile.open(fileobj=io.BytesIO(v))
print(r.pax_headers, [(m.name, m.pax_headers) for m in r])
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT, encoding="latin-1") as tf:
    ti, f = member("café", b"x"); tf.addfile(ti, f)
v = b.getvalue(); print(len(v), h(v), v[:8])
print([m.name for m in tarfile.open(fileobj=io.BytesIO(v), encoding="latin-1")])
# TarInfo.tobuf and friends
ti = tarfile.TarInfo("file.txt"); ti.size = 5; ti.mtime = 12345; ti.mode = 0o100644
buf = ti.tobuf(); print(len(buf), h(buf), buf[:20], buf[100:160])
print(h(ti.tobuf(tarfile.GNU_FORMAT)), h(ti.tobuf(tarfile.USTAR_FORMAT)))
t(lambda: ti.tobuf(7))
print(tarfile.TarInfo.frombuf(buf, "utf-8", "strict").name, ti.get_info())
print(tarfile.itn(5), tarfile.itn(8**7, 8, tarfile.GNU_FORMAT), tarfile.itn(-1, 8, tarfile.GNU_FORMAT), tarfile.nti(tarfile.itn(-1000, 12, tarfile.GNU_FORMAT)), tarfile.nti(b"0000644\0"), tarfile.nti(b"   \0"))
t(lambda: tarfile.itn(-1))
t(lambda: tarfile.nti(b"99x"))
print(tarfile.stn("abc", 5, "utf-8", "strict"), tarfile.nts(b"ab\0cd", "utf-8", "strict"), tarfile.calc_chksums(buf))
print(tarfile.TarInfo.create_pax_global_header({"a": "b"})[:30])
