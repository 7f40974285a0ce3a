# zipfile.Path: a pathlib-like view of an archive, with the directories its names imply.
import zipfile, io
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    for name, data in (("a.txt", "alpha"), ("d/b.txt", "beta"), ("d/e/c.tar.gz", "gamma"), ("x/", ""), ("uni.txt", "héllo\nwörld\n")):
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
b.name = "arch.zip"
z = zipfile.ZipFile(b)
root = zipfile.Path(z)
print(repr(root), str(root), root.name, root.is_dir(), root.is_file(), root.exists())
print(sorted(p.name for p in root.iterdir()), sorted(str(p) for p in root.iterdir()))
d = root / "d"
print(repr(d), d.is_dir(), d.exists(), d.name, sorted(p.at for p in d.iterdir()))
c = root.joinpath("d", "e", "c.tar.gz")
print(c.name, c.suffix, c.suffixes, c.stem, c.is_file(), c.read_text(), c.read_bytes(), repr(c.parent), repr(c.parent.parent))
print(c.relative_to(d), c.match("*.gz"), c.match("d/*"), c.is_symlink(), str(c.filename))
u = root / "uni.txt"
with u.open() as f:
    print(repr(f.readline()), repr(f.read()))
with u.open("rb") as f:
    print(f.read())
print(u.read_text(encoding="utf-8"), u.read_text("latin-1")[:4])
missing = root / "nope.txt"
print(missing.exists(), missing.is_file(), missing.is_dir())
for f in (lambda: missing.open(), lambda: d.open(), lambda: u.open("rb", encoding="x"), lambda: list(u.iterdir())):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(root / "x" == zipfile.Path(z, "x/"), (root / "x").at, root.parent, (root / "a.txt").parent == root)
print(sorted(z.namelist()), z.getinfo("d/").filename, repr(z.getinfo("d/")))
w = io.BytesIO()
zw = zipfile.ZipFile(w, "w")
pw = zipfile.Path(zw)
with (pw / "new.txt").open("w") as f:
    f.write("written through Path")
zw.close()
print(zipfile.ZipFile(w).read("new.txt"))
