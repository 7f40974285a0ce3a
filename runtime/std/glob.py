# The `glob` module of Edge Python: shell-style wildcards over the directory listings the
# host gives. Results come in listing order, as CPython's come in `os.scandir` order.
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_MAGIC = re.compile("([*?[])")


def has_magic(s):
    return _MAGIC.search(s) is not None


def escape(pathname):
    drive, rest = os.path.splitdrive(pathname)
    return drive + _MAGIC.sub(r"[\1]", rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else None
    absolute = pathname.startswith("/")
    parts = [p for p in pathname.split("/") if p]
    start = "/" if absolute else ""
    seen = set()
    for p in _walk(start, parts, root, recursive, include_hidden):
        if p not in seen:
            seen.add(p)
            yield p


def _real(path, root):
    if root is not None and not os.path.isabs(path):
        return os.path.join(root, path) if path else root
    return path or os.curdir


def _listdir(path, root, include_hidden, dirs_only=False):
    try:
        names = os.listdir(_real(path, root))
    except OSError:
        return []
    if not include_hidden:
        names = [n for n in names if not n.startswith(".")]
    if dirs_only:
        names = [n for n in names if os.path.isdir(_real(os.path.join(path, n), root))]
    return names


def _walk(path, parts, root, recursive, include_hidden):
    if not parts:
        yield path
        return
    head, rest = parts[0], parts[1:]
    if recursive and head == "**":
        yield from _descend(path, rest, root, include_hidden)
        return
    if not has_magic(head):
        nxt = os.path.join(path, head) if path else head
        if rest:
            if os.path.isdir(_real(nxt, root)):
                yield from _walk(nxt, rest, root, recursive, include_hidden)
        elif os.path.exists(_real(nxt, root)):
            yield nxt
        return
    hidden = include_hidden or head.startswith(".")
    for name in _listdir(path, root, hidden, dirs_only=bool(rest)):
        if fnmatch.fnmatchcase(name, head):
            yield from _walk(os.path.join(path, name) if path else name, rest, root, recursive, include_hidden)


def _descend(path, rest, root, include_hidden, top=True):
    # `**` matches this directory and every directory below it (and files, when last);
    # the directory the pattern named keeps a trailing slash, as in CPython.
    if rest:
        yield from _walk(path, rest, root, True, include_hidden)
    elif path:
        yield os.path.join(path, "") if top else path
    for name in _listdir(path, root, include_hidden):
        sub = os.path.join(path, name) if path else name
        if os.path.isdir(_real(sub, root)):
            yield from _descend(sub, rest, root, include_hidden, False)
        elif not rest:
            yield sub
