"""Context variables (PEP 567): values that follow the logical flow of a program, with
each asyncio task running in its own copy of the context that created it."""

__all__ = ["Context", "ContextVar", "Token", "copy_context"]

_MISSING = object()


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


def _addr(obj):
    return "0x%x" % id(obj)


class Context:
    """A mapping from ContextVar to value. Copies are independent: setting a variable in
    one never shows in another."""

    __module__ = "_contextvars"

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        previous, _current = _current, self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            _current = previous

    def copy(self):
        ctx = Context()
        ctx._data = self._data.copy()
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return "<_contextvars.Context object at %s>" % _addr(self)


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class Token:
    """What ContextVar.set returns: ContextVar.reset(token) restores the previous value."""

    __module__ = "_contextvars"
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at %s>" % (used, self._var, _addr(self))


class ContextVar:
    __module__ = "_contextvars"

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *default):
        data = _current._data
        if self in data:
            return data[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._context is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value

    def __repr__(self):
        default = "" if self._default is _MISSING else " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at %s>" % (self._name, default, _addr(self))

    def __hash__(self):
        return id(self) >> 4

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))
