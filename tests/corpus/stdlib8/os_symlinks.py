# Symbolic links on the CLI's file system: os.symlink/readlink/lstat, os.path.islink/lexists/
# realpath (links resolved, loops and dangling links as CPython reports them), os.walk not
# entering linked directories, shutil.rmtree removing links rather than what they point to, and
# TarFile.add storing a link as a link.
import os, tarfile, io, shutil, tempfile

base = tempfile.mkdtemp()
os.makedirs(base + "/real/sub")
with open(base + "/real/sub/f.txt", "w") as f:
    f.write("x")
os.symlink("real/sub", base + "/lnk")
os.symlink(base + "/real", base + "/abs")
os.symlink("loop2", base + "/loop1")
os.symlink("loop1", base + "/loop2")
os.symlink("nowhere", base + "/dangling")
os.symlink("..", base + "/real/up")
for p in ["lnk", "abs", "lnk/f.txt", "abs/sub/../sub/f.txt", "lnk/../x", "loop1", "loop1/a/b",
          "dangling", "dangling/q", "real/./sub//f.txt", "real/up/real/up/lnk", "abs/up/abs"]:
    q = base + "/" + p
    print(p, os.path.realpath(q).replace(base, "B"), os.path.islink(q), os.path.lexists(q),
          os.path.exists(q))
for p in ["loop1", "dangling", "lnk/f.txt"]:
    try:
        print(os.path.realpath(base + "/" + p, strict=True).replace(base, "B"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
print(os.readlink(base + "/lnk"), os.readlink(base + "/abs").replace(base, "B"))
try:
    os.readlink(base + "/real")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.symlink("x", base + "/lnk")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == "x", e.filename2 == base + "/lnk")
print(os.lstat(base + "/lnk").st_mode & 0o170000 == 0o120000, os.stat(base + "/lnk").st_mode & 0o170000 == 0o040000)
print(sorted((e.name, e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False))
             for e in os.scandir(base) if not e.name.startswith("loop")))
try:
    [e.is_dir() for e in os.scandir(base)]
except OSError as e:
    print("OSError", e.errno, e.strerror)
for root, dirs, files in os.walk(base):
    print(root.replace(base, "B"), sorted(dirs), sorted(files))
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as t:
    t.add(base + "/lnk", "lnk")
    t.add(base + "/real", "real")
with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as t:
    print(sorted((m.name, m.type, m.linkname) for m in t.getmembers()))
try:
    shutil.rmtree(base + "/lnk")
except OSError as e:
    print("OSError", str(e).replace(base, "B"))
shutil.rmtree(base + "/abs/sub/..", ignore_errors=True)
print(sorted(os.listdir(base)))
shutil.rmtree(base)
print(os.path.lexists(base))

# TarFile.extractall makes symbolic links (the data filter refuses one leading outside).
base = tempfile.mkdtemp()
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as t:
    for name, kind, link in [("d", tarfile.DIRTYPE, ""), ("d/f.txt", tarfile.REGTYPE, ""),
                             ("d/l", tarfile.SYMTYPE, "f.txt"), ("top", tarfile.SYMTYPE, "d")]:
        info = tarfile.TarInfo(name)
        info.type, info.linkname, info.mtime = kind, link, 1_000_000_000
        data = b"data" if kind == tarfile.REGTYPE else b""
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    info = tarfile.TarInfo("out")
    info.type, info.linkname = tarfile.SYMTYPE, "../../etc"
    t.addfile(info)
for flt in ("fully_trusted", "data"):
    dest = os.path.join(base, flt)
    with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as t:
        try:
            t.extractall(dest, filter=flt)
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(base, "B").replace(os.path.dirname(base), "TMP"))
    for name in ("d/l", "top", "out"):
        p = os.path.join(dest, name)
        print(flt, name, os.path.islink(p), os.readlink(p) if os.path.islink(p) else None,
              open(p + ("/f.txt" if name == "top" else "")).read() if name != "out" and os.path.exists(p) else None)
shutil.rmtree(base)
