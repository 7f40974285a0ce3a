"""A generally useful event scheduler class: events run at given times, by priority then
in the order they were scheduled (CPython 3.13's sched)."""

import heapq
import time as _time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

# Distinguishes "no kwargs given" so each event gets its own dict.
_sentinel = object()


class Event(namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')):
    """A scheduled call; events order by (time, priority, sequence)."""

    __slots__ = []

    def _key(self):
        return (self.time, self.priority, self.sequence)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    __hash__ = None


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        """Events are scheduled against timefunc()'s clock; delayfunc(seconds) waits."""
        self._queue = []
        import threading
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time; returns the event (for
        cancel()). Lower priorities run first among events due at the same time."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        with self._lock:
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due, waiting with delayfunc in between. With blocking
        false, runs the due events and returns the delay until the next one (None if none)."""
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    break
                first = queue[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
            else:
                first.action(*first.argument, **first.kwargs)
                # Lets other threads run between events.
                self.delayfunc(0)

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
