# os.path.realpath: absolute and normalized (no links to resolve in these trees).
import os, tempfile, shutil
T = tempfile.mkdtemp()
os.makedirs(os.path.join(T, "a", "b"))
for p in ("a", "a/b", "a/./b/../b", "a//b/", "missing/x", "/", "//", "/x/../y"):
    r = os.path.realpath(os.path.join(T, p) if not p.startswith("/") else p)
    print(p, r.replace(T, "T"))
print(os.path.realpath(".") == os.getcwd(), os.path.realpath("") == os.getcwd())
try:
    os.path.realpath(os.path.join(T, "nope"), strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(os.path.realpath(os.path.join(T, "a"), strict=True).replace(T, "T"))
print(os.path.lexists(os.path.join(T, "a")), os.path.lexists(os.path.join(T, "zz")))
shutil.rmtree(T)
