# The `abc` module of Edge Python.

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _isabstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


_invalidation = [0]


def _probe_init_subclass():
    seen = []

    class _Probe:
        def __init_subclass__(cls, **kwargs):
            seen.append(cls)

    type.__new__(type, "_Probe2", (_Probe,), {})
    return not seen


# Whether `type.__new__` leaves the `__init_subclass__` call to us (older VMs do).
_CALL_INIT_SUBCLASS = _probe_init_subclass()


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if _CALL_INIT_SUBCLASS:
            super(cls, cls).__init_subclass__(**kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _isabstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _isabstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = {}
        cls._abc_version = _invalidation[0]
        for base in bases:
            subs = base.__dict__.get("_abc_subclasses")
            if subs is not None:
                subs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get("__abstractmethods__")
        if missing is None:
            missing = getattr(cls, "__abstractmethods__", ())
        if missing:
            names = sorted(missing)
            quoted = ", ".join("'" + n + "'" for n in names)
            s = "" if len(names) == 1 else "s"
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} without an "
                f"implementation for abstract method{s} {quoted}"
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        cache = cls.__dict__.get("_abc_cache")
        if cache is None:
            return type.__subclasscheck__(cls, subclass)
        if cls._abc_version != _invalidation[0]:
            cache.clear()
            cls._abc_version = _invalidation[0]
        hit = cache.get(subclass)
        if hit is not None:
            return hit
        cache[subclass] = False
        result = cls._abc_compute(subclass)
        cache[subclass] = result
        return result

    def _abc_compute(cls, subclass):
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)


def get_cache_token():
    return _invalidation[0]


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
