"""Support for pickle and copy: the reduction registry, the extension code registry, and the
helpers that pickles name (copyreg.__newobj__, copyreg._reconstructor)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning a reduce tuple; consulted by pickle before __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _pickle_complex, complex)


def _reconstructor(cls, base, state):
    # Protocols 0 and 1 rebuild an instance as base.__new__(cls, state) (+ base.__init__).
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_BUILTIN_BASES = (object, int, float, complex, str, bytes, bytearray, list, tuple, dict, set,
                  frozenset, BaseException)


def _reduce_ex(self, proto):
    """The protocol 0/1 reduction of an instance: (_reconstructor, (cls, base, state)[, dict])."""
    cls = type(self)
    for base in cls.__mro__:
        if base in _BUILTIN_BASES:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None:
        dict = getstate()
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        dict = _default_state(self, cls)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _default_state(obj, cls):
    """object.__getstate__(): the instance dict (None when empty), paired with the slot values
    when the class has slots."""
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _class_reductor(cls):
    """The `__reduce_ex__` (or `__reduce__`, adapted to take the protocol) that the nearest
    class in `cls`'s MRO below `object` defines, or None: what copy and pickle call for an
    object no dispatch table handles."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if "__reduce_ex__" in d:
            return d["__reduce_ex__"]
        if "__reduce__" in d:
            reduce = d["__reduce__"]
            return lambda obj, proto: reduce(obj)
    return None


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the instance slots of cls and its bases (mangled as stored), cached."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Extension codes: (module, name) <-> small int, pickled as EXT1/EXT2/EXT4.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
