"""Executors and futures, for Edge Python's single OS thread.

A ThreadPoolExecutor runs each submitted call to completion inside `submit()`, on a worker
`threading.Thread` (named like CPython's first worker, `ThreadPoolExecutor-N_0`): one of the
schedules CPython's pool may take (a free worker picking the call up at once), so programs
that submit work and collect the results print what CPython can print. `map()` and
`as_completed()` give results in submission order, which CPython may also do.
ProcessPoolExecutor runs calls the same way, in this process. What cannot happen here is
waiting for a future that nothing will complete: `result()`, `exception()`, `wait()` and
`as_completed()` on a pending future you created yourself raise RuntimeError ("would block
forever") instead of hanging; with a timeout they sleep for it and raise TimeoutError (or,
for `wait()`, return the futures not done), as CPython would when nothing happens in time.
"""

import collections as _collections
import threading as _threading
import time as _time

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ProcessPoolExecutor", "ThreadPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"
_DONE_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)


class Error(Exception):
    __module__ = "concurrent.futures._base"


class CancelledError(Error):
    """The Future was cancelled."""

    __module__ = "concurrent.futures._base"


class InvalidStateError(Error):
    """The operation is not allowed in this state."""

    __module__ = "concurrent.futures._base"


class BrokenExecutor(RuntimeError):
    """The executor cannot run calls any more."""

    __module__ = "concurrent.futures._base"


class BrokenThreadPool(BrokenExecutor):
    __module__ = "concurrent.futures.thread"


class BrokenProcessPool(BrokenExecutor):
    __module__ = "concurrent.futures.process"


TimeoutError = TimeoutError


def _would_block(what):
    return RuntimeError(f"{what} would block forever: Edge Python runs one thread at a time "
                        "and nothing else can complete this future")


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


class Future:
    """The result of a call that may not have finished: its value or exception once done."""

    __module__ = "concurrent.futures._base"

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        where = f"<{type(self).__name__} at {id(self):#x} state={self._state.lower()}"
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"{where} raised {type(self._exception).__name__}>"
            return f"{where} returned {type(self._result).__name__}>"
        return f"{where}>"

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception("exception calling callback for %r", self)

    def cancel(self):
        """Cancels the future unless it is running or done; True when it is cancelled."""
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls `fn(future)` when the future is done (now, if it is)."""
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            _logger().exception("exception calling callback for %r", self)

    def _wait(self, timeout, what):
        if self.done():
            return
        if timeout is None:
            raise _would_block(what)
        if timeout > 0:
            _time.sleep(timeout)
        raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout, "Future.result()")
        return self._outcome()

    def exception(self, timeout=None):
        self._wait(timeout, "Future.exception()")
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in _DONE_STATES:
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in _DONE_STATES:
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, params: __import__("types").GenericAlias(cls, params))


class Executor:
    """Runs calls and hands out Futures for them; a context manager that shuts down on exit."""

    __module__ = "concurrent.futures._base"

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """`fn` over the items of `iterables` (zipped), results in order. Every call is
        submitted before the first result is read, as in CPython; an exception a call raised
        comes out when its result is reached."""
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield futures.pop().result()
                    else:
                        yield futures.pop().result(end_time - _time.monotonic())
            finally:
                for future in futures:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _InlineExecutor(Executor):
    """What both pools share here: each call runs to completion inside `submit`, after the
    initializer (run once, as by CPython's first worker)."""

    _broken_class = BrokenExecutor
    _broken_message = ""

    def _setup(self, max_workers, initializer, initargs):
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False

    def _initialize(self):
        self._initialized = True
        if self._initializer is None:
            return True
        try:
            self._initializer(*self._initargs)
        except BaseException:
            _logger().critical("Exception in initializer:", exc_info=True)
            self._broken = self._broken_message
            return False
        return True

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise self._broken_class(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = Future()
        if not self._initialized and not self._initialize():
            future.set_exception(self._broken_class(self._broken_message))
            return future
        self._run(future, fn, args, kwargs)
        return future

    @staticmethod
    def _work(future, fn, args, kwargs):
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ThreadPoolExecutor(_InlineExecutor):
    """An executor whose calls run on a worker thread (here: at once, inside `submit`)."""

    __module__ = "concurrent.futures.thread"

    _counter = 0
    _broken_class = BrokenThreadPool
    _broken_message = "A thread initializer failed, the thread pool is not usable anymore"

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        self._setup(max_workers, initializer, initargs)
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix

    def _run(self, future, fn, args, kwargs):
        worker = _threading.Thread(target=self._work, args=(future, fn, args, kwargs),
                                   name=f"{self._thread_name_prefix}_0")
        worker.start()


class ProcessPoolExecutor(_InlineExecutor):
    """An executor for calls CPython would run in worker processes; here they run in this
    process, at once, inside `submit`."""

    __module__ = "concurrent.futures.process"

    _broken_class = BrokenProcessPool
    _broken_message = "A child process terminated abruptly, the process pool is not usable anymore"

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            import os
            max_workers = os.cpu_count() or 1
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._setup(max_workers, initializer, initargs)

    def _run(self, future, fn, args, kwargs):
        self._work(future, fn, args, kwargs)


DoneAndNotDoneFutures = _collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done): the futures of `fs` done, and those not, once `return_when` holds."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    if timeout is None:
        raise _would_block("wait()")
    if timeout > 0:
        _time.sleep(timeout)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    """The futures of `fs` as they finish (each once): those done already, in the order given."""
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    pending = [f for f in fs if not f.done()]
    for f in fs:
        if f.done():
            yield f
    if pending:
        if timeout is None:
            raise _would_block("as_completed()")
        if timeout > 0:
            _time.sleep(timeout)
        raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
