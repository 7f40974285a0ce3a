# The `types` module of Edge Python. The built-in type objects (FunctionType, ModuleType, ...)
# come from the Rust module `_types`.
from _types import *
from _types import _is_iterable_coroutine, _mark_iterable_coroutine

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "GenericAlias",
           "NoneType", "EllipsisType", "NotImplementedType", "new_class", "resolve_bases",
           "prepare_class", "coroutine", "DynamicClassAttribute", "UnionType"]

_repr_running = set()


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        d = dict(mapping_or_iterable)
        d.update(kwargs)
        for key in d:
            if type(key) is not str:
                raise TypeError("keywords must be strings")
        self.__dict__.update(d)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __replace__(self, /, **changes):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new


class mappingproxy:
    __module__ = "builtins"

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def __reversed__(self):
        return reversed(self._m)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def get(self, key, default=None):
        return self._m.get(key, default)

    def copy(self):
        return self._m.copy()

    def __repr__(self):
        return f"mappingproxy({self._m!r})"

    def __str__(self):
        return str(self._m)

    def __eq__(self, other):
        return self._m == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._m
        return dict(self._m) | other

    def __ror__(self, other):
        return other | dict(self._m)


MappingProxyType = mappingproxy


if "UnionType" not in globals():
    class UnionType:
        def __init__(self, args):
            self.__args__ = args

        def __repr__(self):
            return " | ".join(_type_repr(a) for a in self.__args__)


def _type_repr(obj):
    if obj is ...:
        return "..."
    if obj is NoneType:
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def resolve_bases(bases):
    new_bases = []
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        entry = getattr(base, "__mro_entries__", None)
        if entry is None:
            new_bases.append(base)
            continue
        new_bases.extend(entry(bases))
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Make generator function `func` awaitable: `await` (and coroutines' `yield from`)
    accept the generators it returns. Another callable is wrapped so a generator it returns
    is awaitable too."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if _mark_iterable_coroutine(func):
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or _is_iterable_coroutine(coro):
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    """An awaitable over a generator returned by a function `types.coroutine` wrapped."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


class DynamicClassAttribute(property):
    pass


def get_original_bases(cls, /):
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None
