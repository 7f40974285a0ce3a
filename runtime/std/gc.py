"""Garbage collector interface, over the VM's mark-sweep collector (`_gc`).

Edge Python has no reference counting: one tracing collector frees all garbage, cyclic or
not, when enough has been allocated since its last run. So:

- collect() runs that collector and returns the number of objects it freed (CPython counts
  only unreachable objects its reference counting missed, so the numbers differ). Called from
  inside another built-in (a sort key, map(), ...) it cannot run safely and returns 0.
- disable() / enable() / isenabled() and set_threshold() / get_threshold() are recorded and
  reported, but automatic collection keeps running: without it memory would only grow, which
  CPython's reference counting never lets happen either.
- get_count() is (objects allocated minus objects freed since the last collection, 0, 0):
  there is one generation.
- callbacks are called around collect(); get_stats() counts collect() calls as generation 2.
- set_debug() flags are recorded, but no debug output is written and DEBUG_SAVEALL keeps
  nothing in `garbage`.
- weak references (weakref) to the objects a collection frees are cleared by it; their
  callbacks run when collect() returns (after an automatic collection: at the next
  collect() or weakref call).
- freeze() / unfreeze() do nothing (get_freeze_count() is 0); is_finalized() is False
  (the VM runs no __del__ finalizers).
- get_objects(), get_referrers(), get_referents() and is_tracked() are not supported: they
  raise NotImplementedError.
"""

import _gc
import sys as _sys
from operator import index as _index

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = (2000, 10, 10)
_debug = 0
_stats = [[0, 0], [0, 0], [0, 0]]


def collect(*args, **kwargs):
    """Run the garbage collector and return the number of objects freed."""
    if len(args) + len(kwargs) > 1:
        raise TypeError(f"collect() takes at most 1 argument ({len(args) + len(kwargs)} given)")
    for name in kwargs:
        if name != "generation":
            raise TypeError(f"collect() got an unexpected keyword argument '{name}'")
    generation = _index(args[0] if args else kwargs.get("generation", 2))
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    info = {"generation": generation, "collected": 0, "uncollectable": 0}
    for cb in list(callbacks):
        cb("start", info)
    freed = _gc.collect()
    # Weak reference callbacks (and weakref.finalize) for the objects just freed.
    weakref = _sys.modules.get("weakref")
    if weakref is not None:
        weakref._fire()
    _stats[generation][0] += 1
    _stats[generation][1] += freed
    info = {"generation": generation, "collected": freed, "uncollectable": 0}
    for cb in list(callbacks):
        cb("stop", info)
    return freed


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (_gc.count(), 0, 0)


def get_threshold():
    return _threshold


def set_threshold(*args):
    global _threshold
    if not 1 <= len(args) <= 3:
        raise TypeError("gc.set_threshold requires 1 to 3 arguments")
    values = [_index(a) for a in args]
    _threshold = tuple(values + list(_threshold[len(values):]))


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _index(flags)


def get_stats():
    return [{"collections": n, "collected": c, "uncollectable": 0} for n, c in _stats]


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_finalized(obj):
    return False


def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(f"gc.{name}() is not supported by Edge Python (its heap is not inspectable)")

    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


get_objects = _unsupported("get_objects")
get_referrers = _unsupported("get_referrers")
get_referents = _unsupported("get_referents")
is_tracked = _unsupported("is_tracked")
