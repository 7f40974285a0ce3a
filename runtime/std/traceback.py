"""Extract, format and print the frames of tracebacks and of the running stack.

The frames and the text of each frame (its source line and carets) come from the VM
through `_traceback`, so what this module prints matches what an uncaught exception
prints. Frame objects (`tb.tb_frame`, `sys._getframe()`, `f_back`) are snapshots taken
when asked for; `extract_stack()` reads the running stack from the VM.
"""

import sys
import _traceback
from _traceback import (
    format_exc,
    print_exc,
    format_exception_only,
    _caller,
    _source_line,
)

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
    "print_list",
]

# A run of identical frames (deep recursion) shows this many, then a summary line.
_RECURSIVE_CUTOFF = 3


def _repeat_line(count):
    count -= _RECURSIVE_CUTOFF
    return f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n"


class FrameSummary:
    """One frame: `filename`, `lineno`, `name`, `line` (its stripped source line, read when
    first needed), the span of the failing expression (`end_lineno`, `colno`,
    `end_colno`) and `locals` (reprs, when captured). Compares equal to, indexes and
    unpacks like the tuple `(filename, lineno, name, line)`."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            text = _source_line(self.filename, self.lineno)
            self._line = "" if text is None else text
        return self._line.partition("\n")[0].strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return "<local repr() failed>"


def _summary(entry):
    filename, lineno, name, end_lineno, colno, end_colno = entry
    return FrameSummary(filename, lineno, name, lookup_line=False,
                        end_lineno=end_lineno, colno=colno, end_colno=end_colno)


def _limited(items, limit, keep_last):
    """`items` cut to `limit` entries: the first ones (or, for `keep_last`, the last ones)
    for a positive limit, the others for a negative one; `sys.tracebacklimit` by default."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        if keep_last:
            return items[max(len(items) - limit, 0):] if limit else []
        return items[:limit]
    return items[:-limit] if keep_last else items[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, printable as a traceback prints them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From `(frame, lineno)` pairs (`walk_tb`, `walk_stack`)."""
        frames = []
        for f, lineno in frame_gen:
            code = f.f_code
            frames.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines))
        return klass(_limited(frames, limit, False))

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or `(filename, lineno, name, line)` tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its `File` line, source line (with carets where the
        interpreter's traceback shows them) and captured locals."""
        fs = frame_summary
        if fs._line is None or fs.colno is not None:
            text = _traceback._format_frame(fs.filename, fs.lineno, fs.name, fs.end_lineno,
                                            fs.colno, fs.end_colno)
        else:
            text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
            if fs.line:
                text += f"    {fs.line}\n"
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += f"    {name} = {value}\n"
        return text

    def format(self):
        """A list of strings, one per frame, with runs of identical frames summarised."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeat_line(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeat_line(count))
        return result


_sentinel = object()


def _other_traceback(value, tb):
    """Whether `tb` is a traceback other than exception `value`'s own (the VM formats
    exceptions from their own traceback; another one goes through TracebackException)."""
    return (tb is not _sentinel and isinstance(value, BaseException)
            and not isinstance(value, BaseExceptionGroup) and tb is not value.__traceback__)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report of an exception, as an uncaught one prints it; with `value`
    and `tb`, of `value` with the frames of `tb`."""
    if _other_traceback(value, tb):
        return list(TracebackException(type(value), value, tb, limit=limit, compact=True).format(chain=chain))
    target = exc if value is _sentinel else value
    return _traceback.format_exception(target, limit=limit, chain=chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if _other_traceback(value, tb):
        print(*format_exception(exc, value, tb, limit, chain), sep="", end="",
              file=sys.stderr if file is None else file)
        return
    target = exc if value is _sentinel else value
    _traceback.print_exception(target, limit=limit, file=file, chain=chain)


def walk_tb(tb):
    """`(frame, lineno)` for each traceback entry from `tb` on, following `tb_next`."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """`(frame, lineno)` from frame `f` outwards, following `f_back`; with no frame, from
    four frames out of this generator's own, as CPython 3.13.0 counts."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    """The frames of traceback `tb` (outermost first) as a StackSummary."""
    return StackSummary(_limited([_summary(e) for e in _traceback._tb_entries(tb)], limit, False))


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _stack(f, limit, skip):
    """The running stack (outermost first) without this module's `skip` frames, or the
    frames from `f` outwards."""
    if f is None:
        frames = [_summary(e) for e in _traceback._stack_entries(skip + 1)]
    else:
        frames = [FrameSummary(fr.f_code.co_filename, n, fr.f_code.co_name) for fr, n in walk_stack(f)]
        frames.reverse()
    return StackSummary(_limited(frames, limit, True))


def extract_stack(f=None, limit=None):
    """The frames of the running stack, outermost first, ending with the caller's."""
    return _stack(f, limit, 1)


def format_stack(f=None, limit=None):
    return _stack(f, limit, 1).format()


def print_stack(f=None, limit=None, file=None):
    print_list(_stack(f, limit, 1), file=file)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    exc = getattr(sys, "last_exc", None)
    if exc is None:
        exc = sys.last_value
    print_exception(exc, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Frames of a traceback hold no locals here: nothing to clear."""
    for _ in walk_tb(tb):
        pass


_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"


class TracebackException:
    """An exception captured for later formatting: its type, message, frames (`stack`),
    notes and, as TracebackExceptions, its `__cause__` and `__context__`."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._type = exc_type
        self.stack = StackSummary() if exc_traceback is None else extract_tb(exc_traceback, limit)
        self.exc_type_str = None if exc_type is None else _type_name(exc_type)
        self._str = _str_of(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = bool(exc_value is not None and exc_value.__suppress_context__)
        self.__cause__ = self.__context__ = None
        if exc_value is None:
            return
        cause = exc_value.__cause__
        context = exc_value.__context__
        kw = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                  max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kw)
        if (context is not None and id(context) not in _seen
                and not (compact and (self.__cause__ is not None or self.__suppress_context__))):
            self.__context__ = TracebackException(type(context), context, context.__traceback__, **kw)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn("Deprecated in 3.13. Use exc_type_str instead.", DeprecationWarning, stacklevel=2)
        return self._type

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type_str, self._str, self.stack, self.__notes__) == (
                other.exc_type_str, other._str, other.stack, other.__notes__)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False):
        if self._exc is None:
            yield from format_exception_only(None)
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is not None and isinstance(self._exc, BaseExceptionGroup):
            # Groups print as a tree of their members; the VM's report draws it.
            if chain:
                yield from format_exception(self._exc)
                return
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _cause_message
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _context_message
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _type_name(exc_type):
    module = getattr(exc_type, "__module__", None)
    name = exc_type.__qualname__
    if module not in ("__main__", "builtins", None):
        return f"{module}.{name}"
    return name


def _str_of(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"
