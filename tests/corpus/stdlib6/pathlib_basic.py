from pathlib import PurePath, PurePosixPath, Path
import os
p = PurePosixPath("/usr/local/lib/python3.13/site-packages/pkg.tar.gz")
print(p, repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents)[:3], len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(PurePath("a//b/./c/../d"), PurePath(), PurePath("."), PurePath("//x/y"), PurePath("///x"), PurePath("a", "/b", "c"), type(PurePath("x")).__name__)
q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, "/base" / PurePosixPath("rel"), q.joinpath("x", "y"), q.with_name("other.txt"), q.with_suffix(".rst"), q.with_suffix(""), q.with_stem("start"))
print(q.relative_to("docs"), PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").relative_to("/a/c", walk_up=True), q.is_relative_to("docs"), q.is_relative_to("src"))
for bad in [lambda: PurePosixPath("/a/b").relative_to("/c"), lambda: PurePosixPath("a").relative_to("/a"), lambda: q.with_suffix("rst"), lambda: PurePosixPath("/").with_name("x"), lambda: q.with_name("a/b"), lambda: PurePosixPath(5), lambda: PurePosixPath("a").as_uri()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.is_absolute(), q.is_absolute(), p.match("*.gz"), p.match("site-packages/*.gz"), p.match("/usr/*.gz"), q.match("docs/*/*.md"), p.full_match("/usr/**/*.gz"), q.full_match("docs/*"))
print(PurePosixPath("a") == PurePosixPath("a"), PurePosixPath("a") == "a", PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b/a"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")), os.fspath(q), str(q), q.as_posix(), PurePosixPath("/a b/c").as_uri())
print(PurePosixPath("foo.").suffix, PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem, PurePosixPath("a.b.c").suffixes, PurePosixPath("").name, PurePosixPath("/").parent, PurePosixPath("x").parent)
print({PurePosixPath("a"): 1}[PurePosixPath("a")], PurePosixPath("a") in [PurePosixPath("a")])
base = Path("pl_tmp_dir")
base.mkdir(exist_ok=True)
(base / "sub").mkdir(parents=True, exist_ok=True)
(base / "a.txt").write_text("hello\n")
(base / "b.py").write_text("print(1)\n")
(base / "sub" / "c.py").write_bytes(b"x = 2\n")
print(type(base).__name__, base.exists(), base.is_dir(), (base / "a.txt").is_file(), (base / "nope").exists())
print(sorted(p.name for p in base.iterdir()), sorted(str(p) for p in base.glob("*.py")), sorted(str(p) for p in base.rglob("*.py")))
print((base / "a.txt").read_text(), (base / "sub" / "c.py").read_bytes())
print(Path.cwd() == Path(os.getcwd()), base.absolute().is_absolute(), base.resolve() == Path(os.getcwd()) / base)
for f in [base / "a.txt", base / "b.py", base / "sub" / "c.py"]:
    f.unlink()
(base / "sub").rmdir()
base.rmdir()
print(base.exists())
try:
    (base / "gone").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
(base / "gone").unlink(missing_ok=True)
