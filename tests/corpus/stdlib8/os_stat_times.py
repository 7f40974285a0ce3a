# os.stat, os.utime and os.chmod on the host's file system (the CLI's real one, the wasm
# runtime's in-memory one), and what is built on them: os.path.getmtime, shutil.copy2,
# pathlib's stat/touch, ZipFile.write and TarFile.add. Times are checked against each other
# and the clock, never printed, except those the program sets itself.
import os, stat, time, shutil, tempfile, pathlib, zipfile, tarfile, io, pickle

T = tempfile.mkdtemp()
p = os.path.join(T, "a.txt")
with open(p, "w") as f:
    f.write("hello")
s = os.stat(p)
print(type(s).__name__, len(s), s.st_size, stat.S_ISREG(s.st_mode), stat.S_ISDIR(os.stat(T).st_mode))
print(abs(s.st_mtime - time.time()) < 60, type(s.st_mtime).__name__, s[8] == s.st_mtime_ns // 10**9)
print(s.st_mtime_ns // 10**9 == int(s.st_mtime), os.path.getmtime(p) == s.st_mtime, os.path.getsize(p))
print(os.stat(T).st_size > 0, os.path.getsize(T) == os.stat(T).st_size)

# utime: seconds (floats round down to whole nanoseconds) or nanoseconds.
os.utime(p, (1.7, -2.3))
s = os.stat(p)
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
os.utime(p, ns=(10**18 + 5, 123))
s = os.stat(p)
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
os.utime(p, (1_000_000_000, 1_234_567_890.5))
print(os.path.getatime(p), os.path.getmtime(p), os.stat(p).st_mtime_ns)
os.utime(p)
print(abs(os.path.getmtime(p) - time.time()) < 60)
for args, kw in [(((1, 2),), {"ns": (1, 2)}), (((1,),), {}), ((), {"ns": (1.5, 2)}),
                 ((("a", 2),), {}), (([1, 2],), {}), ((), {"ns": [1, 2]})]:
    try:
        os.utime(p, *args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

missing = os.path.join(T, "missing")
for f in (os.stat, os.lstat, os.path.getmtime, os.path.getsize, os.utime, lambda q: os.chmod(q, 0o600)):
    try:
        f(missing)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == missing)

# chmod
os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
os.chmod(p, 0o644)
print(stat.filemode(os.stat(p).st_mode))

# stat_result is a 10-tuple with more attributes.
s = os.stat(p)
print(s == tuple(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print([n for n in dir(s) if n.startswith("st_")])
for attempt in (lambda: setattr(s, "st_mode", 1), lambda: s.st_nothing):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
r = os.stat_result(range(10))
print(r, r.st_mtime, r.st_mtime_ns, r.st_blksize)
r = os.stat_result(range(19))
print(r.st_mtime, r.st_rdev, r.st_atime_ns, r == tuple(range(10)))
r = os.stat_result(range(10), {"st_mtime_ns": 5, "st_atime": 1.5})
print(r.st_mtime_ns, r.st_atime, r.st_mtime)
for n in (2, 20):
    try:
        os.stat_result(range(n))
    except TypeError as e:
        print("TypeError", e)
back = pickle.loads(pickle.dumps(s))
print(back == s, back.st_mtime_ns == s.st_mtime_ns, type(back).__name__)

# What is built on them.
q = os.path.join(T, "b.txt")
os.utime(p, (1_600_000_000, 1_500_000_000))
os.chmod(p, 0o640)
shutil.copy2(p, q)
print(os.stat(q).st_mtime_ns == 1_500_000_000 * 10**9, stat.filemode(os.stat(q).st_mode))
print(os.path.samefile(p, os.path.join(T, ".", "a.txt")), os.path.samefile(p, q))
print(os.path.samestat(os.stat(p), os.stat(p)), os.path.samestat(os.stat(p), os.stat(q)))
try:
    shutil.copyfile(p, os.path.join(T, "..", os.path.basename(T), "a.txt"))
except shutil.SameFileError:
    print("SameFileError")
os.chmod(p, 0o600)
shutil.copymode(p, q)
print(stat.filemode(os.stat(q).st_mode))
pp = pathlib.Path(p)
print(pp.stat().st_size, pp.samefile(p), pp.lstat() == pp.stat())
pp.touch()
print(abs(pp.stat().st_mtime - time.time()) < 60)
pp.chmod(0o644)
print(stat.filemode(pp.stat().st_mode))

when = (2001, 2, 3, 4, 5, 6)
os.utime(p, (time.mktime(when + (0, 0, -1)),) * 2)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.write(p, "a.txt")
print(zipfile.ZipFile(buf).infolist()[0].date_time)
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as t:
    t.add(p, "a.txt")
with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as t:
    m = t.getmember("a.txt")
    print(m.mtime == int(os.stat(p).st_mtime), oct(m.mode), m.size)
    t.extractall(os.path.join(T, "out"), filter="data")
print(os.stat(os.path.join(T, "out", "a.txt")).st_mtime == int(os.stat(p).st_mtime))
shutil.rmtree(T)
print(os.path.exists(T))
