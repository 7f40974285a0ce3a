# The `os` module of Edge Python: the file-system basics and the environment, through the
# host (`_os`; the CLI's real file system, the wasm runtime's in-memory one). `os.path` is
# `posixpath`.
import sys
import posixpath as path
from _os import getcwd, listdir, mkdir, remove, rmdir, urandom, _environ, _kind

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


def walk(top, topdown=True):
    try:
        names = listdir(top)
    except OSError:
        return
    names.sort()
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if not path.isdir(path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d), topdown)
    if not topdown:
        yield top, dirs, files


class stat_result(tuple):
    """What `stat` can tell with the host's primitives: the kind and the size (times are 0)."""

    n_sequence_fields = 10
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._names.index(name)]
        except ValueError:
            raise AttributeError(f"'os.stat_result' object has no attribute '{name}'") from None

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._names, self))
        return f"os.stat_result({inner})"


_S_IFDIR, _S_IFREG = 0o040000, 0o100000


def stat(path, *, dir_fd=None, follow_symlinks=True):
    p = fspath(path)
    kind = _kind(p)
    if kind == 0:
        raise FileNotFoundError(2, "No such file or directory", p)
    if kind == 2:
        return stat_result((_S_IFDIR | 0o755, 0, 0, 2, 0, 0, 4096, 0, 0, 0))
    return stat_result((_S_IFREG | 0o644, 0, 0, 1, 0, 0, _size(p), 0, 0, 0))


def _size(p):
    from posixpath import getsize
    return getsize(p)


def lstat(path, *, dir_fd=None):
    return stat(path)


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
        return _kind(self.path) == 2

    def is_file(self, *, follow_symlinks=True):
        return _kind(self.path) == 1

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

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
