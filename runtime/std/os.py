# The `os` module of Edge Python: the file-system basics and the environment, through the
# host (`_os`; the CLI's real file system, the wasm runtime's in-memory one). `os.path` is
# `posixpath`.
import sys
import posixpath as path
from _os import getcwd, listdir, mkdir, remove, rmdir, urandom, umask, isatty, _environ, _kind, _stat, _utime, \
    _chmod, _readlink, _symlink, _chdir, _access, _ids, _terminal_size
from math import floor as _floor, modf as _modf
from operator import index as _index

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError

unlink = remove
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
EX_OK = 0


def getpid():
    return _ids()[0]


def getppid():
    return _ids()[1]


def getuid():
    return _ids()[2]


def geteuid():
    return _ids()[3]


def getgid():
    return _ids()[4]


def getegid():
    return _ids()[5]


def chdir(path):
    _chdir(fspath(path))


def getcwdb():
    return getcwd().encode()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _access(fspath(path), _index(mode))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode(errors="replace") if isinstance(filename, bytes) else filename


def strerror(code):
    code = _index(code)
    from _strerror import MESSAGES
    return MESSAGES[code] if 0 <= code < len(MESSAGES) else f"Unknown error {code}"


class terminal_size(tuple):
    """A terminal's size: (columns, lines)."""

    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    columns = property(lambda self: self[0], doc="width of the terminal window in characters")
    lines = property(lambda self: self[1], doc="height of the terminal window in characters")

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


def get_terminal_size(fd=1):
    return terminal_size(_terminal_size(fd))


class _Environ(dict):
    def __repr__(self):
        return f"environ({dict.__repr__(self)})"

    def copy(self):
        return dict(self)


environ = _Environ(_environ())


def cpu_count():
    """1: Edge Python runs a program on one thread, so that is how many CPUs it can use
    (what executors and worker pools sized from this should plan for)."""
    return 1


process_cpu_count = cpu_count


def getenv(key, default=None):
    return environ.get(key, default)


class _PathLikeType(type):
    # What `abc.ABC` with a `__subclasshook__` would decide, without loading abc for `os`.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        for klass in sub.__mro__:
            if "__fspath__" in klass.__dict__:
                return klass.__dict__["__fspath__"] is not None
        return False


class PathLike(metaclass=_PathLikeType):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return f(p)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    names.sort()
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if not path.isdir(path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        sub = path.join(top, d)
        # Links to directories are listed but not entered unless asked: a link to an
        # ancestor would never end.
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    Its ten items are st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size and the
    access, modification and change times in whole seconds; the attributes also give the
    times as floats (st_atime, ...) and in nanoseconds (st_atime_ns, ...), st_blksize,
    st_blocks and st_rdev."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _visible = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")
    # The fields after the ten items, in the order a sequence of up to 19 gives them.
    _hidden = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
               "st_blksize", "st_blocks", "st_rdev")

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(items)}-sequence given)")
        if len(items) > 19:
            raise TypeError(f"os.stat_result() takes an at most 19-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:10])
        extra = list(items[10:]) + [None] * (19 - len(items))
        if dict:
            for i, name in enumerate(cls._hidden[len(items) - 10:], len(items) - 10):
                extra[i] = dict.get(name)
        # The float times default to the whole seconds, as CPython fills them.
        for i in range(3):
            if extra[i] is None:
                extra[i] = items[7 + i]
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __getattr__(self, name):
        if name in stat_result._visible:
            return self[stat_result._visible.index(name)]
        if name in stat_result._hidden:
            return self._extra[stat_result._hidden.index(name)]
        raise AttributeError(f"'os.stat_result' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __dir__(self):
        return sorted(set(object.__dir__(self)) - {"_extra"} | set(self._visible + self._hidden))

    def __reduce__(self):
        return (stat_result, (tuple(self), dict(zip(self._hidden, self._extra))))

    def __repr__(self):
        names = self._visible + ("st_atime", "st_mtime", "st_ctime")
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(names, self))
        return f"os.stat_result({inner})"


def _stat_result(fields):
    # `fields`: _os._stat's (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
    # ctime_ns, blksize, blocks, rdev); the float times are computed as CPython does.
    whole = [ns // 1_000_000_000 for ns in fields[7:10]]
    floats = [sec + (ns - sec * 1_000_000_000) * 1e-9 for sec, ns in zip(whole, fields[7:10])]
    return stat_result((*fields[:7], *whole, *floats, *fields[7:]))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_result(_stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_result(_stat(fspath(path), False))


def _time_ns(t):
    # Whole nanoseconds of a time in seconds, rounded towards minus infinity (CPython's
    # _PyTime_ROUND_FLOOR for utime).
    if isinstance(t, float):
        frac, whole = _modf(t)
        ns = _floor(frac * 1e9)
        return int(whole) * 1_000_000_000 + ns
    return _index(t) * 1_000_000_000


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        pair = (_time_ns(times[0]), _time_ns(times[1]))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        pair = (_index(ns[0]), _index(ns[1]))
    else:
        pair = None
    _utime(fspath(path), pair, follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _symlink(fspath(src), fspath(dst))


def readlink(path, *, dir_fd=None):
    return _readlink(fspath(path))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if not follow_symlinks:
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    _chmod(fspath(path), mode)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    import shutil
    s, d = fspath(src), fspath(dst)
    if _kind(s) == 0:
        raise FileNotFoundError(2, "No such file or directory", s)
    if _kind(d) == 2 and _kind(s) != 2:
        raise IsADirectoryError(21, "Is a directory", s)
    if _kind(d) == 1:
        remove(d)
    shutil.move(s, d)


replace = rename


class DirEntry:
    """One entry of `scandir`."""

    def __init__(self, parent, name):
        self.name = name
        self.path = path.join(parent, name)

    def is_dir(self, *, follow_symlinks=True):
        return self._is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(0o100000, follow_symlinks)

    def _is(self, kind, follow_symlinks):
        # As CPython's: a missing target is no match, any other failure (a link loop) raises.
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == kind
        except FileNotFoundError:
            return False

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return stat(self.path, follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))
