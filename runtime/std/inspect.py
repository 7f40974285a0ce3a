"""Get useful information from live Python objects (a subset of CPython's inspect).

Signatures come from a function's code object (co_argcount, co_posonlyargcount,
co_kwonlyargcount, co_varnames, co_flags), __defaults__, __kwdefaults__ and
__annotations__, as in CPython. Built-in (Rust) functions carry no signature text, so
signature() raises ValueError for them. Frames: currentframe() is sys._getframe(1); stack()
and frame-walking helpers beyond that are not provided. getsource() reads the defining file
and cuts out the block by indentation.
"""

import enum as _enum
import sys as _sys
import types as _types
from collections import namedtuple as _namedtuple

__all__ = [
    "Parameter", "Signature", "BoundArguments", "signature", "isfunction", "isclass",
    "ismethod", "ismodule", "isgenerator", "isgeneratorfunction", "iscoroutine",
    "iscoroutinefunction", "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin",
    "isroutine", "isabstract", "getmembers", "getmro", "cleandoc", "getdoc", "getmodule",
    "currentframe", "getfullargspec", "unwrap", "getsource", "getsourcelines", "getfile",
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

# ---- predicates ----


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def _has_flag(f, flag):
    f = unwrap(_unpartial(f)) if not ismethod(f) else f
    while ismethod(f):
        f = f.__func__
    f = _unpartial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def _unpartial(f):
    import functools

    while isinstance(f, functools.partial):
        f = f.func
    return f


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE) or getattr(obj, "_is_coroutine_marker", None) is _is_coroutine_mark


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    return (
        isinstance(object, _types.CoroutineType)
        or isinstance(object, _types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
        or hasattr(type(object), "__await__")
    )


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


def iscode(object):
    return isinstance(object, _types.CodeType)


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def isframe(object):
    return type(object).__name__ == "frame"


# ---- members, classes, docs ----


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        names = list(names)
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """Removes the indentation common to the lines after the first, and blank edges."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get("__doc__")
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _defining_class(obj)
        if cls is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        f = base.__dict__.get(name)
        if f is not None and getattr(f, "__doc__", None) is not None:
            return f.__doc__
    return None


def _defining_class(func):
    parts = func.__qualname__.split(".<locals>", 1)[0].split(".")[:-1]
    if not parts:
        return None
    cls = _sys.modules.get(func.__module__)
    for p in parts:
        cls = getattr(cls, p, None)
    return cls if isclass(cls) else None


def getdoc(object):
    """The object's docstring (or an inherited one), cleaned up with cleandoc."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return _sys.modules.get(name)
    return None


def getfile(object):
    if ismodule(object):
        f = getattr(object, "__file__", None)
        if f:
            return f
        raise TypeError(f"{object!r} is a built-in module")
    if isclass(object):
        m = _sys.modules.get(object.__module__)
        f = getattr(m, "__file__", None)
        if f:
            return f
        raise TypeError(f"{object!r} is a built-in class")
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return object.__code__.co_filename
    if iscode(object):
        return object.co_filename
    raise TypeError(
        f"module, class, method, function, traceback, frame, or code object was expected, got {type(object).__name__}"
    )


getsourcefile = getfile


def getsourcelines(object):
    """(lines, first line number) of the source defining a function, class or module."""
    object = unwrap(object)
    filename = getfile(object)
    try:
        with open(filename) as f:
            lines = f.read().splitlines(True)
    except OSError:
        raise OSError("could not get source code") from None
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re

        pat = re.compile(r"^(\s*)class\s*" + object.__name__ + r"\b")
        start = next((i for i, line in enumerate(lines) if pat.match(line)), None)
        if start is None:
            raise OSError("could not find class definition")
    else:
        if ismethod(object):
            object = object.__func__
        code = object.__code__ if isfunction(object) else object
        start = code.co_firstlineno - 1
    # Decorators belong to the definition (the VM's co_firstlineno is the `def` line).
    while start > 0 and lines[start - 1].strip().startswith("@"):
        start -= 1
    return _block(lines, start), start + 1


def _block(lines, start):
    """The lines of the definition starting at `start`: decorators, the header (up to
    balanced brackets), then every blank or more indented line."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start
    while end < len(lines) and lines[end].strip().startswith("@"):
        end += 1
    depth = 0
    while end < len(lines):
        code = lines[end].split("#")[0]
        depth += sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")
        end += 1
        if depth <= 0:
            break
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = end + 1
        end += 1
    return lines[start:last]


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)


def currentframe():
    """The caller's frame (sys._getframe(1)), or None if the VM has no frame objects."""
    getframe = getattr(_sys, "_getframe", None)
    return getframe(1) if getframe else None


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes (functools.wraps)."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(f))
    return f


# ---- signatures ----


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = "positional-only"
    POSITIONAL_OR_KEYWORD = "positional or keyword"
    VAR_POSITIONAL = "variadic positional"
    KEYWORD_ONLY = "keyword-only"
    VAR_KEYWORD = "variadic keyword"

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        import keyword

        if keyword.iskeyword(name):
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f"{text}: {formatannotation(self._annotation)}"
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            text = f"{text}{sep}{self._default!r}"
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (
            self._name == other._name
            and self._kind == other._kind
            and self._default == other._default
            and self._annotation == other._annotation
        )


class BoundArguments:
    """The result of Signature.bind: parameter names mapped to the arguments given."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                out.update(self.arguments[name])
            else:
                out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.arguments.items())
        return f"<{type(self).__name__} ({args})>"


class Signature:
    """A callable's parameters and return annotation."""

    __slots__ = ("_parameters", "_return_annotation")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top_kind:
                        raise ValueError(
                            f"wrong parameter order: {top_kind.description} parameter before "
                            f"{kind.description} parameter"
                        )
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f"duplicate parameter name: {name!r}")
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        rest = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((rest, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _key(self):
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        rest = [p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY]
        return rest, kwo, self.return_annotation

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        pos = 0
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if pos >= len(args):
                    break
                if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                    raise TypeError(f"multiple values for argument {param.name!r}")
                arguments[param.name] = args[pos]
                pos += 1
            elif param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                pos = len(args)
                break
            else:
                break
        if pos < len(args):
            raise TypeError("too many positional arguments")
        varkw = None
        for param in params:
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL or param.name in arguments:
                continue
            if param.kind == _POSITIONAL_ONLY:
                if param.name in kwargs and not any(p.kind == _VAR_KEYWORD for p in params):
                    raise TypeError(
                        f"got some positional-only arguments passed as keyword arguments: {param.name!r}"
                    )
                if not partial and param.default is _empty:
                    raise TypeError(f"missing a required argument: {param.name!r}")
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {param.name!r}")
        if kwargs:
            if varkw is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
            arguments[varkw.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"

    def __str__(self):
        out = []
        pos_only_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                out.append("/")
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                out.append("*")
                star_needed = False
            out.append(str(param))
        if pos_only_pending:
            out.append("/")
        text = f"({', '.join(out)})"
        if self.return_annotation is not _empty:
            text += f" -> {formatannotation(self.return_annotation)}"
        return text


def _from_function(cls, func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(
            Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty), annotation=annotations.get(name, _empty))
        )
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial):
    """What remains of `sig` once `partial`'s arguments are bound."""
    bound = sig.bind_partial(*partial.args, **partial.keywords).arguments
    out = []
    moved = []  # parameters after a keyword-bound one become keyword-only, at the end
    to_kwonly = False
    for param in sig.parameters.values():
        name, kind = param.name, param.kind
        if name in bound:
            if kind == _POSITIONAL_ONLY:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                if name not in partial.keywords:
                    continue
                to_kwonly = True
                param = param.replace(default=bound[name])
            elif kind == _KEYWORD_ONLY:
                param = param.replace(default=bound[name])
        if to_kwonly:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=_KEYWORD_ONLY))
                continue
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved.append(param)
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
        out.append(param)
    return sig.replace(parameters=out + moved)


def _user_method(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name], base
    return None, None


def _signature(obj, follow_wrapped=True, cls=None):
    import functools

    cls = cls or Signature
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if isinstance(obj, _types.MethodType):
        return _drop_first(_signature(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, _types.MethodType):
            return _signature(obj, follow_wrapped, cls)
    sig = getattr(obj, "__signature__", None) if not isclass(obj) else obj.__dict__.get("__signature__")
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f"unexpected object {sig!r} in __signature__ attribute")
        return sig
    if isfunction(obj):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature(obj.func, follow_wrapped, cls), obj)
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                break
            for name in ("__new__", "__init__"):
                f = base.__dict__.get(name)
                if f is None:
                    continue
                if isinstance(f, staticmethod):
                    f = f.__func__
                if isfunction(f) or isinstance(f, functools.partial):
                    return _drop_first(_signature(f, follow_wrapped, cls))
                if isinstance(f, classmethod):
                    return _drop_first(_signature(f.__func__, follow_wrapped, cls))
        if obj.__mro__[0] is not object and all(b.__module__ != "builtins" or b is object for b in obj.__mro__):
            return cls([])
        raise ValueError(f"no signature found for builtin type {obj!r}")
    if isbuiltin(obj) or type(obj).__name__ in ("builtin_function_or_method", "method-wrapper", "wrapper_descriptor"):
        raise ValueError(f"no signature found for builtin {obj!r}")
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _drop_first(_signature(call, follow_wrapped, cls))
    raise ValueError(f"callable {obj!r} is not supported by signature")


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature(obj, follow_wrapped)


FullArgSpec = _namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        sig = _signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonly = [], []
    varargs = varkw = None
    defaults, kwdefaults = (), {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    if ismethod(func):
        first = next(iter(_signature(func.__func__, False).parameters))
        args.append(first)
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults += (p.default,)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)
