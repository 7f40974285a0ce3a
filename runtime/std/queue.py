"""Queues: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, with Empty, Full and ShutDown,
for a program with one thread (Edge Python has no threads).

Non-blocking calls, put() on a queue with room and get() on a non-empty one behave as in
CPython. A call that would wait for another thread cannot succeed here: with a timeout it
sleeps for the timeout and then raises Empty / Full as CPython would; without one
(block=True, timeout=None) it raises RuntimeError instead of hanging forever. join() returns
at once when every task is done and raises RuntimeError otherwise.
"""

import time
from collections import deque
from heapq import heappop, heappush

__all__ = ["Empty", "Full", "ShutDown", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


class ShutDown(Exception):
    """Raised when put/get with shut-down queue."""


def _forever(what):
    return RuntimeError(f"{what} would block forever: Edge Python has no other thread to wake it")


def _wait_out(timeout):
    """What a blocked call does before giving up: nothing without a timeout (it cannot wait
    forever), else sleep for the timeout as CPython would."""
    if timeout is None:
        return False
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    time.sleep(timeout)
    return True


class Queue:
    """Create a queue object with a given maximum size (<= 0: unbounded)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Returns when every item put has been marked done with task_done()."""
        if self.unfinished_tasks:
            raise _forever("Queue.join()")

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        if self.is_shutdown:
            raise ShutDown
        if 0 < self.maxsize <= self._qsize():
            if not block:
                raise Full
            if not _wait_out(timeout):
                raise _forever("Queue.put() on a full queue")
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        if not self._qsize():
            if not block:
                raise Empty
            if not _wait_out(timeout):
                raise _forever("Queue.get() on an empty queue")
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Shut-down the queue: put() raises ShutDown from now on, and get() too once the queue
        is empty; immediate=True also empties it (counting its items as done)."""
        self.is_shutdown = True
        if immediate:
            while self._qsize():
                self._get()
                if self.unfinished_tasks > 0:
                    self.unfinished_tasks -= 1

    # Override these methods to implement other queue organizations.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Retrieves entries in priority order (lowest first): entries are typically (priority, data)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks: the queue is unbounded)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if not self._queue:
            if not block:
                raise Empty
            if not _wait_out(timeout):
                raise _forever("SimpleQueue.get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
