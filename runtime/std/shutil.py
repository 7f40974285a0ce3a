# The `shutil` module of Edge Python: copying and removing files and trees with the `os`
# primitives the host gives (no file descriptors: files are copied whole).
import os
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "rmtree", "move",
           "ignore_patterns", "which", "Error", "SameFileError", "get_terminal_size"]


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    while True:
        buf = fsrc.read(length or 65536)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.exists(dst) and os.path.samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as f:
        f.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    return _copy_then(src, dst, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    return _copy_then(src, dst, copystat)


def _copy_then(src, dst, copy_metadata):
    # The content to `dst` (or into the directory it names), then what `copy_metadata` copies.
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst)
    copy_metadata(src, dst)
    return dst


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: COLUMNS and LINES from the environment when they are positive
    integers, else what the terminal on standard output reports, else `fallback`."""
    size = []
    for name in ("COLUMNS", "LINES"):
        try:
            size.append(int(os.environ[name]))
        except (KeyError, ValueError):
            size.append(0)
    if size[0] <= 0 or size[1] <= 0:
        try:
            asked = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            asked = os.terminal_size(fallback)
        size = [have if have > 0 else (asked[i] or fallback[i]) for i, have in enumerate(size)]
    return os.terminal_size(size)


def ignore_patterns(*patterns):
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src, dst = os.fspath(src), os.fspath(dst)
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(s, d)
    copystat(src, dst)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    path = os.fspath(path)

    def failed(func, p, exc):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, p, exc)
        elif onerror is not None:
            onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            raise exc

    try:
        os.lstat(path)
    except OSError as e:
        failed(os.lstat, path, e)
        return
    if os.path.islink(path):
        err = OSError("Cannot call rmtree on a symbolic link")
        err.filename = path
        failed(os.path.islink, path, err)
        return
    try:
        names = os.listdir(path)
    except OSError as e:
        failed(os.listdir, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror, onexc=onexc)
        else:
            try:
                os.remove(full)
            except OSError as e:
                failed(os.remove, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        failed(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src.rstrip("/")))
        if os.path.exists(dst):
            raise Error(f"Destination path '{dst}' already exists")
    if os.path.isdir(src):
        copytree(src, dst, copy_function=copy_function)
        rmtree(src)
    else:
        copy_function(src, dst)
        os.remove(src)
    return dst


def which(cmd, mode=None, path=None):
    return None
