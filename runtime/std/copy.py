# The `copy` module of Edge Python.

__all__ = ["Error", "copy", "deepcopy", "replace"]

from _copy import deepcopy as _walk
from copyreg import dispatch_table, _class_reductor


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented), frozenset)


def _function_types():
    def f():
        pass
    return (type(f),)


# Sets: `type(x) in ...` runs for every object copied. `deepcopy` copies a frozenset (its
# items may be mutable objects), as CPython's reduce-based path does; `copy` returns it.
_ATOMIC = frozenset(_ATOMIC + _function_types())
_DEEP_ATOMIC = _ATOMIC - {frozenset}


def _reconstruct_shallow(x):
    cls = type(x)
    base = None
    for b in cls.__mro__[1:]:
        if b in (list, dict, set, tuple, bytearray):
            base = b
            break
    if base is list:
        y = cls.__new__(cls)
        list.extend(y, x)
    elif base is dict:
        y = cls.__new__(cls)
        dict.update(y, x)
    elif base is set:
        y = cls.__new__(cls)
        set.update(y, x)
    elif base is tuple:
        if hasattr(cls, "_make"):
            return cls._make(x)
        y = tuple.__new__(cls, x)
    else:
        y = object.__new__(cls)
    return y


def _copy_state(x, y, deep, memo):
    state = getattr(x, "__dict__", None)
    if state is not None:
        if _class_attr(type(x), "__getstate__") is not None:
            state = x.__getstate__()
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        elif state:
            y.__dict__.update(state)
    slots = []
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name not in ("__dict__", "__weakref__"):
                slots.append(name)
    for name in slots:
        if hasattr(x, name):
            value = getattr(x, name)
            if deep:
                value = deepcopy(value, memo)
            object.__setattr__(y, name, value)


def _class_attr(cls, name):
    # Looked up on the class as CPython's slots are: an instance's __getattr__ is not asked.
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


_NO_REDUCE = object()


def _via_reduce(x, cls, deep, memo):
    """`x` rebuilt from copyreg's dispatch table or its class's `__reduce_ex__(4)`;
    `_NO_REDUCE` when neither applies."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return _from_reduce(x, reductor(x), deep, memo)
    reductor = _class_reductor(cls)
    if reductor is not None:
        return _from_reduce(x, reductor(x, 4), deep, memo)
    return _NO_REDUCE


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _via_reduce(x, cls, False, None)
    if y is not _NO_REDUCE:
        return y
    if issubclass(cls, BaseException):
        y = cls.__new__(cls, *x.args)
        _copy_state(x, y, False, None)
        return y
    y = _reconstruct_shallow(x)
    _copy_state(x, y, False, None)
    return y


def _from_reduce(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if len(rv) > 2 and rv[2] is not None:
        state = rv[2]
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
                for key, value in (slotstate or {}).items():
                    setattr(y, key, value)
            if state:
                y.__dict__.update(state)
    # The reduce tuple's list and dict items are added after construction, as pickle does.
    if len(rv) > 3 and rv[3] is not None:
        for item in rv[3]:
            y.append(deepcopy(item, memo) if deep else item)
    if len(rv) > 4 and rv[4] is not None:
        for key, value in rv[4]:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    elif type(memo) is not dict:
        return _deepcopy_any_memo(x, memo, _nil)
    # Lists, dicts, tuples and atoms are walked in Rust (`_copy`), the rest comes back to
    # `_deepcopy_other`; the memo is read and written in CPython's order either way.
    return _walk(x, memo, _deepcopy_other, dispatch_table)


def _deepcopy_any_memo(x, memo, _nil):
    # A memo that is not a plain dict is used only through `get`, `[]` and `[]=`.
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    else:
        y = _deepcopy_other(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_other(x, memo):
    cls = type(x)
    if cls in _DEEP_ATOMIC or issubclass(cls, type):
        return x
    if cls is set:
        return {deepcopy(a, memo) for a in x}
    if cls is frozenset:
        return frozenset([deepcopy(a, memo) for a in x])
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        return copier(memo)
    y = _via_reduce(x, cls, True, memo)
    if y is not _NO_REDUCE:
        return y
    return _deep_reconstruct(x, cls, memo)


def _deep_reconstruct(x, cls, memo):
    base = None
    for b in cls.__mro__[1:]:
        if b in (list, dict, set, tuple):
            base = b
            break
    if base is tuple:
        items = [deepcopy(a, memo) for a in x]
        if hasattr(cls, "_make"):
            y = cls._make(items)
        else:
            y = tuple.__new__(cls, items)
        memo[id(x)] = y
        _copy_state(x, y, True, memo)
        return y
    if issubclass(cls, BaseException):
        y = cls.__new__(cls, *deepcopy(x.args, memo))
    elif base is None:
        y = object.__new__(cls)
    else:
        y = cls.__new__(cls)
    memo[id(x)] = y
    _copy_state(x, y, True, memo)
    if base is list:
        for a in x:
            list.append(y, deepcopy(a, memo))
    elif base is dict:
        for key, value in dict.items(x):
            dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
    elif base is set:
        for a in x:
            set.add(y, deepcopy(a, memo))
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
