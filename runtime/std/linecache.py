"""Cache of the lines of source files, so tracebacks and tools can read a file's line by
number (CPython 3.13's linecache, for files read from disk)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); lazily loadable entries are 1-tuples.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line numbered lineno (from 1) of a file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of a file, reading it unless it is cached; [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(fullname):
    st = os.stat(fullname)
    return st.st_size, st.st_mtime


def checkcache(filename=None):
    """Discard the cache entries of files that changed on disk (of all files, or of one)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            current = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if current != (size, mtime):
            cache.pop(name, None)


def _find(filename):
    """(fullname, (size, mtime)) of the file, searching sys.path for a relative name."""
    try:
        return filename, _stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    basename = filename
    for dirname in sys.path:
        if not isinstance(dirname, str):
            continue
        try:
            fullname = os.path.join(dirname, basename)
            return fullname, _stat(fullname)
        except (OSError, ValueError, TypeError):
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read a file into the cache, replacing any entry; returns its lines ([] on failure)."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    found = _find(filename)
    if found is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split(data)
                cache[filename] = (len(data), None, lines, filename)
                return lines
        return []
    fullname, (size, mtime) = found
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def _split(data):
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def lazycache(filename, module_globals):
    """Remember how to get a module's source from its loader, to read it on first use;
    returns whether the entry is (now) lazily loadable."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
