"""repr() with size limits (reprlib.repr, Repr) and a guard for recursive __repr__s."""

import builtins
from itertools import islice

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue="..."):
    """Decorator for __repr__ methods: a call that re-enters for the same object returns
    `fillvalue` instead of recursing forever."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = getattr(user_function, "__module__", None)
        wrapper.__doc__ = getattr(user_function, "__doc__", None)
        wrapper.__name__ = getattr(user_function, "__name__", None)
        wrapper.__qualname__ = getattr(user_function, "__qualname__", None)
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Limits for each kind of container and scalar; repr(obj) applies them recursively."""

    _LIMITS = ("maxlevel", "maxtuple", "maxlist", "maxarray", "maxdict", "maxset",
               "maxfrozenset", "maxdeque", "maxstring", "maxlong", "maxother")

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                 maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30,
                 fillvalue="...", indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = "_".join(type(x).__name__.split())
        method = getattr(self, "repr_" + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        if self.indent is None:
            return ", ".join(pieces)
        if not pieces:
            return ""
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f"Repr.indent cannot be negative int (was {indent!r})")
            indent = " " * indent
        elif not isinstance(indent, str):
            raise TypeError(f"Repr.indent must be a str, int or None, not {type(indent)}")
        sep = ",\n" + (self.maxlevel - level + 1) * indent
        return sep.join(("",) + tuple(pieces) + ("",))[1:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return left + s + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._repr_iterable(_sorted_if_possible(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._repr_iterable(_sorted_if_possible(x), level, "frozenset({", "})",
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append(self.repr1(key, level - 1) + ": " + self.repr1(x[key], level - 1))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return "{" + self._join(pieces, level) + "}"

    def _shorten(self, s, limit):
        if len(s) <= limit:
            return s
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            s = self._shorten(builtins.repr(x), self.maxstring)
        return s

    def repr_int(self, x, level):
        try:
            s = builtins.repr(x)
        except ValueError as exc:
            # Too many digits to convert: say how many instead.
            k = 1 + int(x.bit_length() * 0.30102999566398)
            return f"<{x.__class__.__name__} instance with roughly {k} digits>"
        return self._shorten(s, self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        return self._shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
