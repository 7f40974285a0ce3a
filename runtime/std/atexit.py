"""Functions to run when the interpreter exits.

The VM calls `_run_exitfuncs()` once the main program has finished (normally, through
sys.exit(), or after printing an uncaught exception's traceback), in the CLI and in the
browser/Node runtime alike, as CPython does at shutdown.
"""

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Runs the registered functions, last registered first, each once."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback

            print(f"Exception ignored in atexit callback {func!r}:", file=_sys.stderr)
            # From the callback's frame on, as CPython (which calls it from C) shows it.
            tb = e.__traceback__
            traceback.print_exception(type(e), e, tb.tb_next if tb is not None else None, file=_sys.stderr)
