"""A pathlib-style workload: build a project tree in a temporary directory, then walk,
glob, stat, rename, copy and remove it, printing only what does not depend on the
temporary directory's name or on listing order."""
import glob
import os
import random
import shutil
import tempfile
from pathlib import Path

random.seed(7)
before = random.random()
random.seed(7)

MODULES = ["core", "util", "net", "db"]


def build(root):
    files = {}
    for i, mod in enumerate(MODULES):
        pkg = root / "src" / mod
        pkg.mkdir(parents=True, exist_ok=True)
        (pkg / "__init__.py").write_text(f'"""{mod} package"""\n')
        for j in range(3 + i):
            name = f"{mod}_{j:02d}.py"
            body = "".join(f"def f{k}():\n    return {random.randint(0, 999)}\n" for k in range(j + 1))
            (pkg / name).write_text(body)
            files[f"src/{mod}/{name}"] = body
        (pkg / "data.json").write_bytes(bytes(range(i * 10)))
    (root / "README.md").write_text("# demo\n" * 3)
    (root / ".hidden").write_text("x")
    return files


def rel(paths, root):
    return sorted(str(Path(p).relative_to(root)) for p in paths)


with tempfile.TemporaryDirectory(prefix="rw2_") as tmp:
    root = Path(tmp)
    print("seed untouched by tempfile:", random.random() == before)
    files = build(root)
    print("exists", root.exists(), root.is_dir(), Path(tmp).name.startswith("rw2_"), len(files))
    top = sorted(p.name for p in root.iterdir())
    print("top", top)
    py = rel(root.glob("src/*/*.py"), root)
    print("py files", len(py), py[:4])
    print("rglob json", rel(root.rglob("*.json"), root))
    print("inits", rel(root.glob("**/__init__.py"), root))
    sizes = {}
    for p in root.rglob("*"):
        if p.is_file():
            st = p.stat()
            sizes[str(p.relative_to(root))] = st.st_size
    print("total bytes", sum(sizes.values()), "largest", max(sizes.items(), key=lambda kv: (kv[1], kv[0])))
    print("dir stat is dir", (root / "src").stat().st_size > 0, os.path.isdir(root / "src"))
    with os.scandir(root / "src") as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print("scandir", entries)
    walked = []
    for dirpath, dirnames, filenames in os.walk(root):
        walked.append((os.path.relpath(dirpath, root), len(dirnames), len(filenames)))
    print("walk", sorted(walked))
    g = glob.glob(os.path.join(tmp, "src", "*", "*_0[01].py"))
    print("glob", rel(g, tmp))
    print("glob root_dir", sorted(glob.glob("*/*/__init__.py", root_dir=tmp)), glob.glob("*.md", root_dir=tmp))
    print("glob recursive", len(glob.glob("**/*.py", root_dir=tmp, recursive=True)),
          sorted(glob.glob("src/**", root_dir=tmp, recursive=True))[:3])
    print("hidden", glob.glob("*", root_dir=tmp).count(".hidden"), glob.glob(".*", root_dir=tmp),
          glob.escape("a[b]*?.py"), glob.has_magic("x*"), glob.has_magic("plain"))
    # rename, replace, copy, move
    src = root / "src" / "util" / "util_00.py"
    moved = src.rename(root / "src" / "util" / "renamed.py")
    print("renamed", moved.name, src.exists(), moved.read_text() == files["src/util/util_00.py"])
    copy_dir = Path(shutil.copytree(root / "src" / "db", root / "backup" / "db"))
    print("copytree", sorted(p.name for p in copy_dir.iterdir()))
    shutil.copy(root / "README.md", root / "backup")
    print("copied", (root / "backup" / "README.md").read_text().count("demo"))
    shutil.move(str(root / "backup" / "db"), str(root / "archive"))
    print("moved", (root / "archive").is_dir(), (root / "backup" / "db").exists(),
          sorted(os.listdir(root / "archive"))[:2])
    shutil.rmtree(root / "archive")
    print("rmtree", (root / "archive").exists())
    try:
        (root / "nope.txt").stat()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, Path(e.filename).name)
    try:
        shutil.rmtree(root / "nope")
    except FileNotFoundError as e:
        print("rmtree missing", type(e).__name__)
    shutil.rmtree(root / "nope", ignore_errors=True)
    errors = []
    shutil.rmtree(root / "nope", onexc=lambda f, p, e: errors.append((f.__name__, type(e).__name__)))
    print("onexc", errors)
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=tmp) as ntf:
        ntf.write("scratch data\n")
        ntf.seek(0)
        print("named", ntf.read().strip(), ntf.name.endswith(".txt"), os.path.dirname(ntf.name) == tmp)
        kept = ntf.name
    print("named removed", os.path.exists(kept))
    d2 = tempfile.mkdtemp(dir=tmp, suffix="_x")
    print("mkdtemp", os.path.isdir(d2), d2.endswith("_x"), os.path.basename(d2).startswith("tmp"))
    checksum = 0
    for name, body in sorted(files.items()):
        checksum = (checksum * 31 + sum(map(ord, body)) + len(name)) % 1_000_003
    print("checksum", checksum)
    saved = tmp
print("cleaned up", os.path.exists(saved), tempfile.gettempprefix())
