# `os.path` of Edge Python (POSIX paths): pure string operations, plus the queries that ask
# the host's file system through `_os`.
from _os import _kind, getcwd

__all__ = ["abspath", "basename", "commonprefix", "dirname", "exists", "getsize", "isabs", "realpath",
           "isdir", "isfile", "join", "normpath", "relpath", "split", "splitext", "sep",
           "curdir", "pardir", "extsep", "altsep", "pathsep", "defpath", "devnull",
           "expanduser", "expandvars", "splitdrive", "splitroot", "lexists", "samefile",
           "samestat", "getatime", "getctime", "getmtime",
           "commonpath", "normcase", "islink", "ismount"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return f(p)


def _str(p):
    p = _fspath(p)
    return p.decode() if isinstance(p, bytes) else p


def isabs(s):
    return _fspath(s).startswith("/")


def _path_args(funcname, args):
    try:
        return [_fspath(a) for a in args]
    except TypeError:
        for a in args:
            if not isinstance(a, (str, bytes)) and not hasattr(type(a), "__fspath__"):
                raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                                f"not {type(a).__name__!r}") from None
        raise


def join(a, *p):
    path, *p = _path_args("join", (a,) + p)
    if not p and not isinstance(path, str):
        return path
    for b in p:
        if type(b) is not type(path):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _str(path)
    if not path:
        return "."
    initial = 2 if path.startswith("//") and not path.startswith("///") else (1 if path.startswith("/") else 0)
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _str(path)
    if not isabs(path):
        path = join(getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute, normalized path with every symbolic link resolved (with strict, a missing
    component or a link loop raises, as CPython's does)."""
    filename = _str(filename)
    done = sep if isabs(filename) else abspath(curdir)
    todo = [c for c in reversed(filename.split(sep)) if c]
    resolved = {}
    while todo:
        name = todo.pop()
        if isinstance(name, tuple):
            # The end of a link's components: note where the link (name[0]) led.
            resolved[name[0]] = done
            continue
        if name == curdir:
            continue
        if name == pardir:
            done = dirname(done)
            continue
        candidate = join(done, name)
        if candidate in resolved:
            target = resolved[candidate]
            if target is None:
                # A loop: the rest stays as written (strict: stat reports the loop).
                if strict:
                    _os().stat(candidate)
                rest = [c for c in reversed(todo) if not isinstance(c, tuple)]
                return normpath(join(candidate, *rest))
            done = target
            continue
        if not islink(candidate):
            if strict:
                _os().lstat(candidate)
            done = candidate
            continue
        resolved[candidate] = None
        link = _os().readlink(candidate)
        if isabs(link):
            done = sep
        todo.append((candidate,))
        todo.extend(c for c in reversed(link.split(sep)) if c)
    return done


def relpath(path, start=None):
    path = _str(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _str(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    # `~` is $HOME. `~name` stays as written: there is no user database to ask (CPython's
    # pwd), and CPython leaves an unknown user's path alone too.
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde, slash = (b"~", b"/") if is_bytes else ("~", "/")
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    from os import environ
    home = environ.get("HOME")
    if home is None:
        return path
    if is_bytes:
        home = home.encode()
    return (home.rstrip(slash) + path[i:]) or slash


_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def expandvars(path):
    # `$name` and `${name}` (name: ASCII word characters) from os.environ; unknown names and
    # a `${` without its `}` stay as written, as CPython's r"\$(\w+|\{[^}]*\})" does.
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode("utf-8", "surrogateescape") if is_bytes else path
    if "$" not in text:
        return path
    from os import environ
    out = []
    i = 0
    n = len(text)
    while True:
        d = text.find("$", i)
        if d < 0 or d + 1 >= n:
            break
        if text[d + 1] == "{":
            close = text.find("}", d + 2)
            if close < 0:
                out.append(text[i:d + 1])
                i = d + 1
                continue
            name, end = text[d + 2:close], close + 1
        else:
            end = d + 1
            while end < n and text[end] in _WORD:
                end += 1
            if end == d + 1:
                out.append(text[i:d + 1])
                i = d + 1
                continue
            name = text[d + 1:end]
        value = environ.get(name)
        out.append(text[i:d])
        out.append(text[d:end] if value is None else value)
        i = end
    out.append(text[i:])
    text = "".join(out)
    return text.encode("utf-8", "surrogateescape") if is_bytes else text


def normcase(s):
    return _fspath(s)


def splitroot(p):
    p = _fspath(p)
    if not p.startswith("/"):
        return p[:0], p[:0], p
    if p[1:2] != "/" or p[2:3] == "/":
        # One slash, or three and more: the root is a single slash.
        return p[:0], p[:1], p[1:]
    return p[:0], p[:2], p[2:]


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [path.split("/") for path in paths]
    try:
        (isabs,) = set(p[:1] == "/" for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs else ""
    return prefix + "/".join(common)


def islink(path):
    try:
        return _os().lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    return _str(path) == "/"


def exists(path):
    try:
        return _kind(_str(path)) != 0
    except (OSError, ValueError, TypeError):
        return False


def lexists(path):
    try:
        _os().lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _kind(_str(path)) == 1
    except (OSError, ValueError, TypeError):
        return False


def isdir(s):
    try:
        return _kind(_str(s)) == 2
    except (OSError, ValueError, TypeError):
        return False


def getsize(filename):
    return _os().stat(filename).st_size


def getmtime(filename):
    return _os().stat(filename).st_mtime


def getatime(filename):
    return _os().stat(filename).st_atime


def getctime(filename):
    return _os().stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    s1, s2 = _os().stat(f1), _os().stat(f2)
    if s1.st_ino == 0 == s2.st_ino:
        # A host without inode numbers (the default `Host::file_stat`): the paths decide.
        return abspath(f1) == abspath(f2)
    return samestat(s1, s2)


def _os():
    # `os` imports this module first, so it is looked up when a query needs it.
    import os
    return os
