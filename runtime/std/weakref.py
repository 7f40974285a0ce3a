"""Weak references, over the VM's weak reference table (`_weakref`).

The references are real: a referent is collected once nothing else reaches it, and its
references then return None. What differs from CPython: Edge Python has no reference
counting, so an object dies when a collection finds it unreachable (automatically, or at
gc.collect()), not the moment its last reference goes away; `del x; r()` still returns the
object until then. Callbacks (and finalize) run when gc.collect() returns, or after an
automatic collection at the next call into this module. A reference with a callback stays
alive until its referent dies (CPython drops the callback if the reference dies first).
"""

import _weakref
import sys as _sys
from _collections_abc import MutableMapping, MutableSet

__all__ = [
    "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
    "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
    "WeakMethod", "finalize",
]

# References with callbacks by handle, until their referents die.
_pending = {}


def _fire():
    """Runs the callbacks of references whose referents the last collections freed."""
    for h in _weakref.died():
        wr = _pending.pop(h, None)
        if wr is None:
            continue
        cb, wr._cb = wr._cb, None
        try:
            cb(wr)
        except Exception as e:
            _unraisable(f"Exception ignored while calling weakref callback {cb!r}", e)


def _unraisable(what, e):
    import traceback

    print(what + ":", file=_sys.stderr)
    traceback.print_exception(e, file=_sys.stderr)


def _describe(o):
    name = getattr(o, "__name__", None)
    text = f"'{type(o).__name__}' at {hex(id(o))}"
    return f"{text} ({name})" if isinstance(name, str) else text


class ReferenceType:
    __module__ = "weakref"

    def __new__(cls, ob, callback=None, /, *args, **kw):
        _fire()
        if callback is None and cls is ReferenceType:
            same = _weakref.basic(ob)
            if same is not None:
                return same
        self = object.__new__(cls)
        self._h = _weakref.register(self, ob, callback is not None)
        self._cb = callback
        self._hash = None
        if callback is not None:
            _pending[self._h] = self
        return self

    def __init__(self, ob, callback=None, /, *args, **kw):
        pass

    def __call__(self):
        return _weakref.get(self._h)

    @property
    def __callback__(self):
        return self._cb

    def __hash__(self):
        if self._hash is None:
            o = self()
            if o is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(o)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        o = self()
        if o is None:
            return f"<weakref at {hex(id(self))}; dead>"
        return f"<weakref at {hex(id(self))}; to {_describe(o)}>"

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


ref = ReferenceType


def getweakrefcount(object):
    """Return the number of weak references to 'object'."""
    _fire()
    return _weakref.count(object)


def getweakrefs(object):
    """Return a list of all weak reference objects pointing to 'object' (the plain one)."""
    same = _weakref.basic(object)
    return [] if same is None else [same]


class ProxyType:
    __module__ = "weakref"
    __slots__ = ("_ref",)
    __hash__ = None

    def __init__(self, ob, callback=None):
        wrapper = None
        if callback is not None:

            def wrapper(_wr, proxy=self):
                callback(proxy)

        object.__setattr__(self, "_ref", ref(ob, wrapper))

    def _target(self):
        o = object.__getattribute__(self, "_ref")()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()
        if o is None:
            return f"<weakproxy at {hex(id(self))}; dead>"
        return f"<weakproxy at {hex(id(self))}; to '{type(o).__name__}' at {hex(id(o))}>"

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __call__(self, *args, **kw):
        return ProxyType._target(self)(*args, **kw)


def _forward(name):
    def method(self, *args):
        return getattr(ProxyType._target(self), name)(*args)

    method.__name__ = name
    return method


for _name in (
    "__len__ __iter__ __next__ __reversed__ __contains__ __getitem__ __setitem__ __delitem__ "
    "__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __add__ __sub__ __mul__ __truediv__ "
    "__floordiv__ __mod__ __pow__ __neg__ __pos__ __abs__ __int__ __float__ __index__ "
    "__radd__ __rsub__ __rmul__ __iadd__ __isub__ __imul__ __and__ __or__ __xor__ "
    "__enter__ __exit__ __bytes__ __format__"
).split():
    setattr(ProxyType, _name, _forward(_name))
del _name

CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that dies with its object or function."""

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        from types import MethodType

        return MethodType(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (WeakValueDictionary's entries)."""

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        _fire()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        _fire()
        del self.data[key]

    def __len__(self):
        _fire()
        return len(self.data)

    def __contains__(self, key):
        _fire()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def __setitem__(self, key, value):
        _fire()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        _fire()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        _fire()
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        _fire()
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        _fire()
        yield from list(self.data.values())

    def valuerefs(self):
        _fire()
        return list(self.data.values())

    def values(self):
        _fire()
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        _fire()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        _fire()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        _fire()
        del self.data[ref(key)]

    def __getitem__(self, key):
        _fire()
        return self.data[ref(key)]

    def __len__(self):
        _fire()
        return len(self.data)

    def __repr__(self):
        return f"<{type(self).__name__} at {hex(id(self))}>"

    def __setitem__(self, key, value):
        _fire()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        _fire()
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        _fire()
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        _fire()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        _fire()
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    __iter__ = keys

    def values(self):
        _fire()
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        _fire()
        return list(self.data)

    def popitem(self):
        _fire()
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        _fire()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        _fire()
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    """A set whose members are referenced weakly."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        _fire()
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        _fire()
        return len(self.data)

    def __contains__(self, item):
        _fire()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        _fire()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        _fire()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        _fire()
        self.data.remove(ref(item))

    def discard(self, item):
        _fire()
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) when obj is collected, or at exit while it is alive."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit

            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._counter
        finalize._counter += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the callback unless it was already called or detached."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) and the finalizer is dead, or None if it was dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether it runs at exit if still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {hex(id(self))}; dead>"
        return f"<{type(self).__name__} object at {hex(id(self))}; for '{type(obj).__name__}' at {hex(id(obj))}>"

    @classmethod
    def _select_for_exit(cls):
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
