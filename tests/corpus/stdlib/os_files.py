import os, os.path, io
# Files, directories and os.path on the host's file system (the CLI's real one, the wasm
# runtime's in-memory one). Everything is made under one scratch directory, removed at the end.
base = "_os_files_tmp"

def clean():
    if os.path.isdir(base):
        for root, dirs, files in list(os.walk(base, topdown=False)):
            for f in files:
                os.remove(os.path.join(root, f))
            for d in dirs:
                os.rmdir(os.path.join(root, d))
        os.rmdir(base)

clean()
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("exists:", e)
p = os.path.join(base, "hello.txt")
with open(p, "w") as f:
    print(f.write("line one\n"), f.write("line two\nthird"), f.tell())
    print(repr(f)[:60], f.mode, f.name, f.closed, f.readable(), f.writable())
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(6)), f.seek(0), repr(f.readline(3)))
with open(p, "a") as f:
    f.write("\nappended")
print(open(p).read().splitlines())
open(p, "w").write("quick")
print(open(p).read())
with open(p, "rb") as f:
    print(f, f.read(2), f.read(), f.read())
with open(p, "wb") as f:
    f.write(b"\x00\x01bin\r\nx\ry\n")
with open(p, "rb") as f:
    print(f.readlines())
print(repr(open(p, newline="").read()), repr(open(p).read()), open(p).readlines())
with open(p, "r+") as f:
    f.seek(2); f.write("ZZ")
print(open(p, "rb").read())
with open(p, "w", encoding="utf-8") as f:
    f.writelines(["é", "ü\n", "日本"])
    print(f.encoding)
print(open(p, encoding="utf-8").read(), os.path.getsize(p))
for bad in [lambda: open("nope.txt"), lambda: open(base), lambda: open(p, "x"), lambda: open(p, "rw"), lambda: open(p, "rr"),
            lambda: open(p, "rb", encoding="utf-8"), lambda: open(p, "z"), lambda: open(p).write("x"), lambda: open(p, "w").read(),
            lambda: open(os.path.join(base, "missing", "x"), "w"), lambda: os.remove("nope"), lambda: os.listdir("nope"),
            lambda: open(p, "w", newline="x"), lambda: open(p, "wb").write("s"), lambda: open(p, "w").write(b"s"), lambda: open(5.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f = open(p); f.close()
try: f.read()
except ValueError as e: print(e)
print(sorted(os.listdir(base)), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.isdir(base), os.path.exists("nope"))
print(isinstance(open(p), io.TextIOWrapper), io.UnsupportedOperation.__mro__[1:3])
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/c.txt"), os.path.splitext("x/y.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.dirname("c"), os.path.normpath("/a/./b/../../c//d/"), os.path.normpath("../x/.."), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.sep, repr(os.linesep), os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["abc", "abd"]))
print(os.getenv("EDGE_SURELY_UNSET_VAR"), os.getenv("EDGE_SURELY_UNSET_VAR", "dflt"), type(os.environ).__name__, os.name)
for root, dirs, files in os.walk(base):
    print(root, dirs, sorted(files))
os.remove(p)
print(os.path.exists(p))
clean()
print(os.path.exists(base))
