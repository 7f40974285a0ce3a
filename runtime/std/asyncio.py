# A small `asyncio` for Edge Python: one event loop driving coroutines (no sockets or
# subprocesses). Tasks, futures, sleep (on the host clock: time.sleep blocks in the CLI and
# advances the clock on wasm), gather, wait, wait_for, as_completed, shield, task groups,
# queues, events, locks, semaphores and conditions.
import time as _time
import heapq as _heapq
from collections import deque as _deque
import contextvars as _contextvars
import sys as _sys
import _weakref

__all__ = ["run", "sleep", "gather", "create_task", "ensure_future", "wait_for", "Task",
           "Future", "Queue", "QueueEmpty", "QueueFull", "Event", "Lock", "CancelledError",
           "TimeoutError", "InvalidStateError", "get_event_loop", "get_running_loop",
           "new_event_loop", "current_task", "all_tasks", "iscoroutine", "timeout",
           "iscoroutinefunction", "wait", "as_completed", "shield", "TaskGroup", "Semaphore",
           "BoundedSemaphore", "Condition", "PriorityQueue", "LifoQueue", "FIRST_COMPLETED",
           "FIRST_EXCEPTION", "ALL_COMPLETED", "to_thread", "wrap_future", "isfuture"]


class CancelledError(BaseException):
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError

_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"
_running_loop = None
_current_task = None


def iscoroutine(obj):
    # The awaitables of async generators' `asend`/`athrow`/`aclose` count too (CPython
    # registers them as `collections.abc.Coroutine`): the loop closes a dropped async
    # generator in a task running `aclose()`.
    return type(obj).__name__ in ("coroutine", "async_generator_asend", "async_generator_athrow")


def iscoroutinefunction(func):
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


class _Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if not self._cancelled:
            self._callback(*self._args)


class AbstractEventLoop:
    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._seq = 0
        self._closed = False
        self._tasks = []
        # Async generators first iterated while this loop ran, weakly: one-item lists each
        # owning a `_weakref` handle (so dropping the list drops the reference).
        self._asyncgens = []
        self._asyncgens_kept = 8
        self._asyncgens_shutdown_called = False
        self._default_executor = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args):
        h = _Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        h = _Handle(callback, args)
        self._seq += 1
        _heapq.heappush(self._scheduled, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def run_in_executor(self, executor, func, *args):
        """`func(*args)` on `executor` (a default thread pool when None), as an awaitable
        future. Edge Python's pools run the call inside `submit`, so it is done already."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = self._default_executor = ThreadPoolExecutor(thread_name_prefix="asyncio")
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self, timeout=None):
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=True)

    def create_task(self, coro, *, name=None, context=None):
        task = Task(coro, loop=self, name=name, context=context)
        self._tasks.append(task)
        return task

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _asyncgen_firstiter_hook(self, agen):
        if len(self._asyncgens) >= 2 * self._asyncgens_kept:
            self._asyncgens = [r for r in self._asyncgens if _weakref.get(r[0]) is not None]
            self._asyncgens_kept = max(8, len(self._asyncgens))
        r = [None]
        r[0] = _weakref.track(r, agen)
        self._asyncgens.append(r)

    def _asyncgen_finalizer_hook(self, agen):
        """An async generator was dropped unfinished: close it in a task of its own."""
        self._asyncgens = [r for r in self._asyncgens if _weakref.get(r[0]) is not agen]
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the async generators still alive (`asyncio.run` calls it at the end)."""
        self._asyncgens_shutdown_called = True
        agens = [a for a in (_weakref.get(r[0]) for r in self._asyncgens) if a is not None]
        self._asyncgens = []
        if not agens:
            return
        results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                print(f"an error occurred during closing of asynchronous generator {agen!r}",
                      file=_sys.stderr)

    def _run_once(self):
        if not self._ready and self._scheduled:
            when = self._scheduled[0][0]
            delay = when - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while self._scheduled and self._scheduled[0][0] <= now:
            self._ready.append(_heapq.heappop(self._scheduled)[2])
        for _ in range(len(self._ready)):
            self._ready.popleft()._run()

    def run_until_complete(self, future):
        global _running_loop
        if _running_loop is not None:
            raise RuntimeError("This event loop is already running")
        future = ensure_future(future, loop=self)
        _running_loop = self
        old_hooks = _sys.get_asyncgen_hooks()
        try:
            _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                    finalizer=self._asyncgen_finalizer_hook)
            while not future.done():
                if not self._ready and not self._scheduled:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            _running_loop = None
            _sys.set_asyncgen_hooks(*old_hooks)
        return future.result()


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def set_result(self, result):
        if self.done():
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self.done():
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f"<{type(self).__name__} {self._state.lower()}>"


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        Task._counter += 1
        self._coro = coro
        # Each task runs in the copy of the context that created it (PEP 567).
        self._context = _contextvars.copy_context() if context is None else context
        self._name = name if name is not None else f"Task-{Task._counter}"
        self._fut_waiter = None
        self._must_cancel = False
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))
            self._must_cancel = False
        self._fut_waiter = None
        previous, _current_task = _current_task, self
        previous_context, _contextvars._current = _contextvars._current, self._context
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError:
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if result is None:
                self._loop.call_soon(self._step)
            elif getattr(result, "_asyncio_future_blocking", False):
                result._asyncio_future_blocking = False
                self._fut_waiter = result
                result.add_done_callback(self._wakeup)
                if self._must_cancel and result.cancel():
                    self._must_cancel = False
            else:
                self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))
        finally:
            _current_task = previous
            _contextvars._current = previous_context

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()

    def __repr__(self):
        return f"<Task {self._state.lower()} name={self._name!r}>"


_default_loop = None


def new_event_loop():
    return AbstractEventLoop()


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = new_event_loop()
    return _default_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    loop = loop if loop is not None else get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        pending = [t for t in loop._tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            try:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            except RuntimeError:
                pass
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        set_event_loop(None)


async def _park(waiters):
    """Waits on a new future kept in `waiters` while it waits (removed however the wait ends)."""
    w = get_running_loop().create_future()
    waiters.append(w)
    try:
        return await w
    finally:
        if w in waiters:
            waiters.remove(w)


class _Yield:
    """Awaiting it gives the loop one turn (`sleep(0)`)."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def isfuture(obj):
    """Whether `obj` is an asyncio future (a Future, a Task or a look-alike)."""
    return hasattr(type(obj), "_asyncio_future_blocking") and obj._asyncio_future_blocking is not None


def wrap_future(future, *, loop=None):
    """An asyncio future that completes like the `concurrent.futures` future `future`."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    mirror = loop.create_future()

    def copy(source):
        if mirror.done():
            return
        if source.cancelled():
            mirror.cancel()
        elif source.exception() is not None:
            mirror.set_exception(source.exception())
        else:
            mirror.set_result(source.result())
    future.add_done_callback(lambda source: loop.call_soon(copy, source))
    return mirror


async def to_thread(func, /, *args, **kwargs):
    """`func(*args, **kwargs)` in the default executor, in a copy of the current context."""
    context = _contextvars.copy_context()
    return await get_running_loop().run_in_executor(None, lambda: context.run(func, *args, **kwargs))


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    outer = loop.create_future()
    children = [ensure_future(a, loop=loop) for a in aws]
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def done(child):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining[0] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for c in children:
        c.add_done_callback(done)
    return outer


async def wait_for(aw, timeout):
    if timeout is None:
        return await aw
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout <= 0 and not fut.done():
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()

    def release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    h = loop.call_later(timeout, release)
    fut.add_done_callback(release)
    try:
        await waiter
    finally:
        h.cancel()
        fut.remove_done_callback(release)
    if fut.done():
        return fut.result()
    fut.cancel()
    try:
        await fut
    except CancelledError:
        pass
    raise TimeoutError()


class timeout:
    """`async with asyncio.timeout(delay)`: cancels the block's task after `delay` seconds."""

    def __init__(self, delay):
        self._delay = delay
        self._expired = False

    async def __aenter__(self):
        self._task = current_task()
        if self._delay is not None:
            self._handle = get_running_loop().call_later(self._delay, self._expire)
        else:
            self._handle = None
        return self

    def _expire(self):
        self._expired = True
        self._task.cancel()

    async def __aexit__(self, typ, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and typ is CancelledError:
            raise TimeoutError() from None
        return False

    def expired(self):
        return self._expired


class QueueEmpty(Exception):
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    __module__ = "asyncio.queues"


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init()
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    # Storage hooks (PriorityQueue and LifoQueue change the order).
    def _init(self):
        self._items = _deque()

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.popleft()

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    @staticmethod
    def _wake(waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                return

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def put(self, item):
        while self.full():
            w = get_running_loop().create_future()
            self._putters.append(w)
            await w
        self.put_nowait(item)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    async def get(self):
        while not self._items:
            w = get_running_loop().create_future()
            self._getters.append(w)
            await w
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for w in self._waiters:
                if not w.done():
                    w.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _park(self._waiters)
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            w = get_running_loop().create_future()
            self._waiters.append(w)
            await w
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        Queue._wake(self._waiters)

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class PriorityQueue(Queue):
    """Smallest item first (`heapq` order)."""

    def _init(self):
        self._items = []

    def _put(self, item):
        _heapq.heappush(self._items, item)

    def _get(self):
        return _heapq.heappop(self._items)


class LifoQueue(Queue):
    """Most recently added item first."""

    def _init(self):
        self._items = []

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop()


class Semaphore:
    """A counter of permits; `acquire` waits (first come, first served) while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0 or any(not w.done() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        w = get_running_loop().create_future()
        self._waiters.append(w)
        try:
            await w
        except CancelledError:
            if w.done() and not w.cancelled():
                # Handed a permit just as we were cancelled: pass it on.
                self._release_permit()
            raise
        finally:
            # A permit handed over (`_release_permit`) popped `w` already: only a wait that
            # ended otherwise is still queued. (`in` on a long queue for every acquire made a
            # semaphore guarding thousands of tasks quadratic.)
            if (w.cancelled() or not w.done()) and w in self._waiters:
                self._waiters.remove(w)
        return True

    def _release_permit(self):
        # A waiting task gets the permit directly, so no newcomer can take it first.
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                return
        self._value += 1

    def release(self):
        self._release_permit()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return f"<{type(self).__name__} [{state}]>"


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more times than it was acquired."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value and not self._waiters:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition:
    """Tasks wait until notified, holding `lock` (a new Lock unless given) around it."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = _deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await _park(self._waiters)
            return True
        finally:
            # Re-acquire even when cancelled, as the caller expects to hold the lock.
            cancelled = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    cancelled = e
            if cancelled is not None:
                raise cancelled

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for w in list(self._waiters):
            if woken >= n:
                break
            if not w.done():
                woken += 1
                w.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in `fs`; returns the sets (done, pending)."""
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = set(fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    handle = None if timeout is None else loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    pending_now = [f for f in fs if not f.done()]
    if pending_now and not (return_when == FIRST_COMPLETED and len(pending_now) < len(fs)) and not (
            return_when == FIRST_EXCEPTION
            and any(f.done() and not f.cancelled() and f.exception() is not None for f in fs)):
        counter[0] = len(pending_now)
        for f in pending_now:
            f.add_done_callback(on_done)
        try:
            await waiter
        finally:
            if handle is not None:
                handle.cancel()
            for f in pending_now:
                f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


class as_completed:
    """Iterates over awaitables as they finish: `for aw in as_completed(fs): await aw` gives
    results in completion order; `async for task in as_completed(fs)` gives the tasks."""

    def __init__(self, fs, *, timeout=None):
        if isinstance(fs, Future) or iscoroutine(fs):
            raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
        loop = get_event_loop()
        self._todo = [ensure_future(f, loop=loop) for f in dict.fromkeys(fs)]
        self._done = _deque()
        self._waiters = _deque()
        self._left = len(self._todo)
        self._timeout_handle = None
        for f in self._todo:
            f.add_done_callback(self._on_done)
        if timeout is not None and self._todo:
            self._timeout_handle = loop.call_later(timeout, self._on_timeout)

    def _on_done(self, f):
        if f not in self._todo:
            return
        self._todo.remove(f)
        self._done.append(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_done)
        self._todo = []
        self._done.append(None)
        for w in self._waiters:
            if not w.done():
                w.set_result(None)

    async def _next_done(self):
        while not self._done:
            w = get_running_loop().create_future()
            self._waiters.append(w)
            await w
        f = self._done.popleft()
        if f is None:
            raise TimeoutError
        return f

    async def _wait_for_one(self):
        return (await self._next_done()).result()

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        self._left -= 1
        return self._wait_for_one()

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._left == 0:
            raise StopAsyncIteration
        self._left -= 1
        return await self._next_done()


def shield(arg):
    """An awaitable that finishes with `arg`'s result but whose cancellation does not
    cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def copy_state(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def drop(_):
        inner.remove_done_callback(copy_state)

    inner.add_done_callback(copy_state)
    outer.add_done_callback(drop)
    return outer


class TaskGroup:
    """`async with TaskGroup() as tg: tg.create_task(...)`: waits for every task; the first
    failure cancels the rest and the errors are raised together as an ExceptionGroup."""

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent = None
        self._waiter = None

    def __repr__(self):
        return "<TaskGroup cancelling>" if self._aborting else "<TaskGroup>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = get_running_loop().create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._waiter is not None and not self._tasks and not self._waiter.done():
            self._waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._exiting and self._parent is not None and not self._parent.done():
                self._parent_cancel_requested = True
                self._parent.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._waiter = get_running_loop().create_future()
            try:
                await self._waiter
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
        self._waiter = None
        if et is not None and issubclass(et, CancelledError) and not self._errors:
            raise exc
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
        return False
