"""Object-oriented filesystem paths (POSIX flavour).

PurePath/PurePosixPath manipulate paths exactly as CPython 3.13 does on POSIX. Path
(PosixPath) adds the file-system operations the host provides through `os` and open():
exists/is_file/is_dir, iterdir, glob/rglob, mkdir, touch, unlink, rmdir, read/write text and
bytes, stat/lstat/chmod/samefile, rename/replace, cwd/home/absolute/resolve. Not provided:
PureWindowsPath/WindowsPath, symlink_to/readlink, ownership methods.
"""

import fnmatch as _fnmatch
import os
import posixpath as _posixpath

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "Path", "PosixPath"]


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is attempted."""


def _text_of(a):
    if isinstance(a, PurePath):
        return str(a)
    if isinstance(a, str):
        return a
    f = getattr(type(a), "__fspath__", None)
    r = f(a) if f is not None else None
    if not isinstance(r, str):
        raise TypeError(
            "argument should be a str or an os.PathLike object where __fspath__ returns a str, "
            f"not {type(a if r is None else r).__name__!r}"
        )
    return r


class _Parents:
    """The logical ancestors of a path, as a sequence (`path.parents`)."""

    __slots__ = ("_path",)

    def __init__(self, path):
        self._path = path

    def _all(self):
        out = []
        p = self._path
        while True:
            q = p.parent
            if q == p:
                return out
            out.append(q)
            p = q

    def __len__(self):
        return len(self._all())

    def __getitem__(self, idx):
        items = self._all()
        if isinstance(idx, slice):
            return tuple(items[idx])
        if idx >= len(items) or idx < -len(items):
            raise IndexError(idx)
        return items[idx]

    def __iter__(self):
        return iter(self._all())

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path without file-system access; PurePath(...) makes a PurePosixPath."""

    __slots__ = ("_root", "_tail", "_str", "_hash")

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = [_text_of(a) for a in args]
        path = _posixpath.join(*texts) if texts else ""
        if path.startswith("/"):
            root = "//" if path.startswith("//") and not path.startswith("///") else "/"
        else:
            root = ""
        self._root = root
        self._tail = [p for p in path.split("/") if p and p != "."]
        self._str = None
        self._hash = None

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def _from_parts(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = tail
        p._str = None
        p._hash = None
        return p

    def __str__(self):
        if self._str is None:
            self._str = self._root + "/".join(self._tail) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, "fsencode") else str(self).encode()

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote

        return "file://" + quote(str(self))

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return str(self) == str(other)

    def _key(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return None
        return str(self).split("/"), str(other).split("/")

    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._tail)

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        name = self.name
        old = self.suffix
        base = name[: len(name) - len(old)] if old else name
        return self._from_parts(self._root, self._tail[:-1] + [base + suffix])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, path in enumerate([other] + list(other.parents)):
            if path == self or path in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self._from_parts("", [".."] * step + self._tail[len(path._tail):])

    def is_relative_to(self, other, /, *_deprecated):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether this path matches the glob-style pattern, compared from the right
        (anchored when the pattern is absolute)."""
        pat = self.with_segments(path_pattern)
        if not pat.parts:
            raise ValueError("empty pattern")
        mine = self.parts
        theirs = pat.parts
        if pat._root:
            if len(mine) != len(theirs):
                return False
        elif len(theirs) > len(mine):
            return False
        for part, p in zip(reversed(mine), reversed(theirs)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob pattern ('**' spans segments)."""
        pat = self.with_segments(pattern)
        return _full_match(list(self.parts), list(pat.parts))


def _full_match(parts, pats):
    if not pats:
        return not parts
    if pats[0] == "**":
        return any(_full_match(parts[i:], pats[1:]) for i in range(len(parts) + 1))
    return bool(parts) and _fnmatch.fnmatchcase(parts[0], pats[0]) and _full_match(parts[1:], pats[1:])


class PurePosixPath(PurePath):
    """PurePath for POSIX systems."""

    __slots__ = ()
    _flavour = _posixpath


PurePath._flavour = _posixpath


class Path(PurePath):
    """A path with file-system operations; Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = self.with_segments(_posixpath.normpath(str(self.absolute())))
        if strict and not p.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return p

    def expanduser(self):
        return self.with_segments(os.path.expanduser(str(self)))

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(str(self))

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(str(self))

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parts(self._root, self._tail + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        pats = [p for p in pattern.split("/") if p and p != "."]
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(pats)

    def _glob(self, pats):
        if not pats:
            yield self
            return
        head, rest = pats[0], pats[1:]
        if head == "**":
            yield from self._glob(rest)
            for child in self._children():
                if child.is_dir():
                    yield from child._glob(pats)
            return
        if not any(c in head for c in "*?["):
            child = self / head
            if child.exists() and (not rest or child.is_dir()):
                yield from child._glob(rest)
            return
        for child in self._children():
            if _fnmatch.fnmatchcase(child.name, head) and (not rest or child.is_dir()):
                yield from child._glob(rest)

    def _children(self):
        try:
            names = sorted(os.listdir(str(self)))
        except OSError:
            return []
        return [self._from_parts(self._root, self._tail + [n]) for n in names]

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            os.utime(str(self))
            return
        with open(str(self), "a"):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open("r", encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.with_segments(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.with_segments(target)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(str(self), topdown=top_down):
            yield self.with_segments(root), dirs, files

    def samefile(self, other_path):
        other = other_path if isinstance(other_path, Path) else self.with_segments(other_path)
        return os.path.samefile(str(self), str(other))


class PosixPath(Path, PurePosixPath):
    """Path for POSIX systems."""

    __slots__ = ()
