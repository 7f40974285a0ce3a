# os: process ids, chdir (relative paths follow it), access, umask (new files' modes), fsencode/
# fsdecode, strerror, terminal_size/get_terminal_size (standard output is not a terminal here)
# and shutil.get_terminal_size with COLUMNS/LINES.
import os, shutil, tempfile, sys
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.EX_OK)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() >= 0, os.getuid() == os.geteuid(), os.getgid() == os.getegid())
T = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(T)
print(os.getcwd() == os.path.realpath(T), os.getcwdb() == os.getcwd().encode())
with open("rel.txt", "w") as f:
    f.write("x")
print(os.path.exists(os.path.join(T, "rel.txt")), os.listdir("."), os.path.abspath("rel.txt") == os.path.join(os.getcwd(), "rel.txt"))
os.mkdir("sub"); os.chdir("sub"); print(os.path.basename(os.getcwd())); os.chdir("..")
for bad in ("nope", "rel.txt"):
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
print(os.access("rel.txt", os.F_OK), os.access("rel.txt", os.R_OK | os.W_OK), os.access("nope", os.F_OK))
os.chmod("rel.txt", 0o755); print(os.access("rel.txt", os.X_OK))
os.chmod("rel.txt", 0o644); print(os.access("rel.txt", os.X_OK))
try:
    os.access("rel.txt", "r")
except TypeError as e:
    print("TypeError", e)
prev = os.umask(0o077)
with open("private.txt", "w") as f:
    pass
print(oct(os.stat("private.txt").st_mode & 0o777), oct(os.umask(prev)))
with open("shared.txt", "w") as f:
    pass
print(oct(os.stat("shared.txt").st_mode & 0o777 & ~prev) == oct(0o666 & ~prev))
os.chdir(old)
shutil.rmtree(T)
print(os.fsencode("a/b"), os.fsencode(b"x"), os.fsdecode(b"a/b"), os.fsdecode("s"))
print(os.strerror(2), os.strerror(0), os.strerror(13), os.strerror(999), os.strerror(-1))
try:
    os.strerror("x")
except TypeError as e:
    print("TypeError", e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24), type(ts).__mro__[1].__name__)
try:
    os.terminal_size((1,))
except TypeError as e:
    print("TypeError", e)
try:
    os.get_terminal_size()
except OSError as e:
    print(repr(e), e)
print(os.isatty(1))
os.environ.pop("COLUMNS", None); os.environ.pop("LINES", None)
print(shutil.get_terminal_size(), shutil.get_terminal_size((10, 20)))
os.environ["COLUMNS"] = "100"
print(shutil.get_terminal_size((10, 20)))
os.environ["LINES"] = "x"
print(shutil.get_terminal_size((10, 20)))
