# The `tempfile` module of Edge Python: uniquely named files and directories under the
# temporary directory, made with the `os` primitives the host gives. Names come from a
# private generator, so a program's seeded `random` sequence is left alone, as in CPython.
import os as _os
import shutil as _shutil
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp",
           "mktemp", "gettempdir", "gettempprefix", "gettempdirb", "TMP_MAX", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _Random(int.from_bytes(_os.urandom(8), "big"))
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for var in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(var)
            if d:
                break
        else:
            d = "/tmp"
        try:
            _os.makedirs(d, exist_ok=True)
        except OSError:
            d = _os.getcwd()
        tempdir = d
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _parts(suffix, prefix, dir):
    return ("" if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else _os.fspath(dir))


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError("No usable temporary filename found")


def _new_file(suffix, prefix, dir):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            with open(path, "wb"):
                pass
            return _os.path.abspath(path)
    raise FileExistsError("No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file opened on a fresh temporary path, removed on close when `delete` is set."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.remove(self.name)
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object name={self.name!r}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    name = _new_file(suffix, prefix, dir)
    kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline}
    file = open(name, mode, **kwargs)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir)


class TemporaryDirectory:
    """`with TemporaryDirectory() as d:` a fresh directory, removed with its contents on exit."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
