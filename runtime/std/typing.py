# The `typing` module of Edge Python: the run-time objects behind annotations, generic
# classes, protocols, NamedTuple and TypedDict.
import collections
import _collections_abc as _cabc
import sys as _sys
import types as _types
from abc import ABCMeta as _ABCMeta, abstractmethod
from collections import _caller_module

TYPE_CHECKING = False
NoneType = type(None)
_FunctionType = type(lambda: None)
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _is_typevar(t):
    return isinstance(t, (TypeVar, ParamSpec, TypeVarTuple))


def _is_unpacked_typevartuple(t):
    return (isinstance(t, _GenericAlias) and t.__origin__ is Unpack
            and len(t.__args__) == 1 and isinstance(t.__args__[0], TypeVarTuple))


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (list, tuple)):
            found = _collect_parameters(t)
        elif _is_typevar(t):
            found = (t,)
        elif isinstance(t, type):
            found = ()
        else:
            found = getattr(t, "__parameters__", ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _subst(arg, subst):
    if _is_typevar(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    if isinstance(arg, _BaseGenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


# Orig bases seen by __mro_entries__ for the class statement being executed (the VM does
# not record __orig_bases__ itself).
_orig_bases_stack = []


def _note_orig_bases(bases):
    if not _orig_bases_stack or _orig_bases_stack[-1] is not bases:
        _orig_bases_stack.append(bases)


def _take_orig_bases(cls):
    if not _orig_bases_stack:
        return None
    top = _orig_bases_stack[-1]
    for b in top:
        if isinstance(b, type):
            if b not in cls.__bases__:
                return None
        elif isinstance(b, _BaseGenericAlias):
            if not (isinstance(b.__origin__, type) and b.__origin__ in cls.__mro__):
                return None
    _orig_bases_stack.pop()
    return top


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        _note_orig_bases(bases)
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_check(a) for a in args)
        params = self.__parameters__
        if len(args) != len(params):
            which = "many" if len(args) > len(params) else "few"
            raise TypeError(f"Too {which} arguments for {self}; actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        _note_orig_bases(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias):
    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        self.__parameters__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        n = self._nparams
        missing = n - len(params)
        if self._defaults and 0 < missing <= len(self._defaults):
            params += self._defaults[len(self._defaults) - missing:]
        if len(params) != n:
            if not n:
                raise TypeError(f"{self} is not a generic class")
            which = "many" if len(params) > n else "few"
            expected = f"at least {n - len(self._defaults)}" if self._defaults else n
            raise TypeError(f"Too {which} arguments for {self}; actual {len(params)}, expected {expected}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return self.copy_with(tuple(_type_check(p) for p in params[:-1]) + (...,))
        return self.copy_with(tuple(_type_check(p) for p in params))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f"{_type_repr(args[-1])}]")

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a) for a in args) + (_type_check(result),)
        elif args is ...:
            params = (..., _type_check(result))
        else:
            raise TypeError("Callable[args, result]: args must be a list. "
                            f"Got {_type_repr(args)}")
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        try:
            return set(self.__args__) == set(other.__args__)
        except TypeError:
            return self.__args__ == other.__args__

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, type) and isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type(self.__args__)) == set(_value_and_type(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


def _value_and_type(args):
    return [(a, type(a)) for a in args]


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# ---- special forms ----

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        elif type(p) is _UnionType:
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if not any(m is f or (type(m) is type(f) and m == f) for f in flat):
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    return Union[parameters, None]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"{self} accepts only single type.")
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if not any(p == u and type(p) is type(u) for u in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique), name=self._name)


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name=self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0])
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
TypeIs = _SpecialForm("TypeIs", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
ReadOnly = _SpecialForm("ReadOnly", _single_getitem)
Unpack = _SpecialForm("Unpack", _single_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


# ---- type variables ----

class _NoDefaultType:
    """What a type parameter without a default has as `__default__` (PEP 696)."""

    __slots__ = ()

    def __repr__(self):
        return "typing.NoDefault"

    def __reduce__(self):
        return "NoDefault"


NoDefault = _NoDefaultType()


class _TypeParam(_Final):
    # `def f[T: bound = default]` (PEP 695) evaluates a bound, constraints and default only
    # when first read: `_lazy` holds their functions until then (typing._type_param).
    _lazy = None

    def _force(self):
        lazy = self._lazy
        if lazy is not None:
            self._lazy = None
            bound, default, constrained = lazy
            if bound is not None:
                if constrained:
                    self._constraints = tuple(bound())
                else:
                    self._bound = bound()
            if default is not None:
                self._default = default()

    @property
    def __bound__(self):
        self._force()
        return self._bound

    @property
    def __default__(self):
        self._force()
        return self._default

    def has_default(self):
        return self.__default__ is not NoDefault

    def __typing_subst__(self, arg):
        return arg

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVar(_TypeParam):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._constraints = tuple(_type_check(c) for c in constraints)
        self._bound = None if bound is None else _type_check(bound)
        self._default = default

    @property
    def __constraints__(self):
        self._force()
        return self._constraints

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeParam):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self._bound = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._default = default

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class TypeVarTuple(_TypeParam):
    _bound = None

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self._default = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


# ---- PEP 695: what `def f[T]`, `class C[T]` and `type X = ...` compile to ----
# (compiler/src/compile/generics.rs)

def _type_param(kind, name, bound, default, constrained):
    if kind == 0:
        p = TypeVar(name, infer_variance=True)
    elif kind == 1:
        p = TypeVarTuple(name)
    else:
        p = ParamSpec(name, infer_variance=True)
    if bound is not None or default is not None:
        p._lazy = (bound, default, constrained)
    return p


def _unpacked(tp):
    # The default of `*Ts = *tuple[int]`.
    return Unpack[tp]


def _type_alias(name, value, type_params):
    alias = TypeAliasType(name, None, type_params=type_params)
    object.__setattr__(alias, "_value_fn", value)
    object.__setattr__(alias, "__module__", _caller_module(1))
    return alias


class TypeAliasType:
    """A type alias made by the `type` statement (or called directly)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError(f"TypeAliasType.__init__() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        set = object.__setattr__
        set(self, "_name", name)
        set(self, "_value", value)
        set(self, "_value_fn", None)
        set(self, "_params", type_params)
        set(self, "__module__", _caller_module(1))

    def __setattr__(self, name, value):
        if name in ("__name__", "__value__", "__type_params__", "__parameters__", "__module__"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    @property
    def __name__(self):
        return self._name

    @property
    def __value__(self):
        if self._value_fn is not None:
            object.__setattr__(self, "_value", self._value_fn())
            object.__setattr__(self, "_value_fn", None)
        return self._value

    @property
    def __type_params__(self):
        return self._params

    @property
    def __parameters__(self):
        return tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in self._params)

    def __repr__(self):
        return self._name

    def __getitem__(self, args):
        if not self._params:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(args, tuple):
            args = (args,)
        return _types.GenericAlias(self, args)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
Text = str


# ---- Generic and Protocol ----

class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar(p) or _is_unpacked_typevartuple(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            n = len(cls.__dict__.get("__parameters__", ()))
            if n == 0:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != n:
                which = "many" if len(params) > n else "few"
                raise TypeError(f"Too {which} arguments for {cls}; actual {len(params)}, expected {n}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__")
        if orig is None:
            orig = _take_orig_bases(cls)
            if orig is not None:
                cls.__orig_bases__ = orig
        tvars = ()
        if orig is not None:
            tvars = _collect_parameters(orig)
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                extra = [t for t in tvars if t not in gvars]
                if extra:
                    s_vars = ", ".join(str(t) for t in extra)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in "
                                    f"Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_SPECIAL_NAMES = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__match_args__", "__static_attributes__", "__firstlineno__", "__parameters__",
    "__orig_bases__", "__protocol_attrs__", "__qualname__", "__init_subclass__",
    "_is_protocol", "_is_runtime_protocol", "__non_callable_proto_members__",
    "_abc_registry", "_abc_subclasses", "_abc_cache", "_abc_version", "__classcell__",
])


def _get_protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        for attr in names:
            if attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get("_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        # Nominal subclasses (and registered ones) through ABCMeta's per-type cache; the
        # structural check below looks at the instance itself, as its attributes may be its own.
        if _ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr in cls.__dict__ and cls.__dict__[attr] is not None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get("_is_protocol", False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if cls.__non_callable_proto_members__:
            non_method = str(sorted(cls.__non_callable_proto_members__))[1:-1]
            raise TypeError("Protocols with non-method members don't support issubclass()."
                            f" Non-method members: {non_method}.")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and cls.__dict__.get("_is_protocol", False)):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    # issubclass() cannot check data members (an instance may set them), so it refuses
    # protocols that have any; which ones they are is decided once, here, as CPython does.
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {attr!r} "
                            "is a method member") from e
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


# ---- aliases of concrete collections ----

def _alias(origin, nparams, name=None, inst=True, defaults=()):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name, defaults=defaults)


Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2, name="Callable")
AbstractSet = _alias(_cabc.Set, 1, name="AbstractSet")
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(_cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_cabc.Generator, 3, defaults=(NoneType, NoneType))
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2, defaults=(NoneType,))
Type = _alias(type, 1, name="Type")


# ---- NamedTuple and TypedDict ----

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__firstlineno__", "__static_attributes__", "__orig_bases__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {n: _type_check(t) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                s = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{s} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields), module=_caller_module(1))


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, tp in own.items():
            tp = _type_check(tp)
            annotations[key] = tp
            origin = get_origin(tp)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


def TypedDict(typename, fields=None, /, *, total=True):
    if fields is None:
        fields = {}
    ns = {"__annotations__": dict(fields), "__module__": _caller_module(1)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing"})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module(1)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions ----

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overloads = {}


def overload(func):
    key = getattr(func, "__qualname__", None)
    if key is not None:
        _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(getattr(func, "__qualname__", None), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BaseGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, ParamSpecArgs) or isinstance(tp, ParamSpecKwargs):
        return tp.__origin__
    if type(tp) is _UnionType:
        return _UnionType
    if type(tp) is _types.GenericAlias:
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if type(tp) is _UnionType or type(tp) is _types.GenericAlias:
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _resolve(value, globalns, localns):
    if value is None:
        return NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if not isinstance(value, str):
        return value
    parts = value.strip().split(".")
    if not all(p.isidentifier() for p in parts):
        # `"Optional[str]"`, `"list[int] | None"`: evaluated like CPython's ForwardRef.
        return eval(value, globalns if globalns is not None else {}, localns)
    head = parts[0]
    if localns is not None and head in localns:
        obj = localns[head]
    elif globalns is not None and head in globalns:
        obj = globalns[head]
    else:
        b = __builtins__
        if not isinstance(b, dict):
            b = b.__dict__
        if head in b:
            obj = b[head]
        else:
            raise NameError(f"name '{head}' is not defined")
    for p in parts[1:]:
        obj = getattr(obj, p)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns
            if g is None:
                mod = _sys.modules.get(base.__module__)
                g = getattr(mod, "__dict__", {}) if mod is not None else {}
            for name, value in ann.items():
                hints[name] = _resolve(value, g, localns if localns is not None else dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, _types_module_type):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    g = globalns
    if g is None:
        g = getattr(obj, "__globals__", None)
        if g is None:
            g = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _resolve(value, g, localns)
    return hints


_types_module_type = type(_sys)

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple",
    "Union", "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator", "Reversible",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "AnyStr", "assert_type",
    "assert_never", "cast", "clear_overloads", "dataclass_transform", "final", "get_args",
    "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never",
    "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired",
    "overload", "override", "ParamSpecArgs", "ParamSpecKwargs", "ReadOnly", "Required",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard", "TypeIs", "Unpack", "NoDefault", "TypeAliasType", "AsyncContextManager",
    "BinaryIO", "IO", "Match", "Pattern", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "TextIO",
    "get_protocol_members", "is_protocol",
]


def is_protocol(tp, /):
    return (isinstance(tp, type) and tp.__dict__.get("_is_protocol", False)
            and tp is not Protocol and tp is not Generic)


def get_protocol_members(tp, /):
    if not is_protocol(tp):
        raise TypeError(f"{tp!r} is not a Protocol")
    return frozenset(tp.__protocol_attrs__)


# Names most programs never touch are built on first use (PEP 562), so `import typing` does
# not pay for seven protocol classes, three IO classes and an import of `re`/`contextlib`.
def _supports(name, method, returns, generic):
    def method_stub(self):
        pass
    method_stub.__name__ = method
    method_stub.__qualname__ = f"{name}.{method}"
    method_stub.__annotations__ = {"return": returns}
    ns = {"__slots__": (), "__module__": "typing", "__qualname__": name,
          method: abstractmethod(method_stub)}
    bases = (Protocol,)
    if generic:
        ns["__orig_bases__"] = (Protocol[T_co],)
    return runtime_checkable(_ProtocolMeta(name, bases, ns))


def _io_classes():
    class IO(Generic[AnyStr]):
        __slots__ = ()

        @property
        @abstractmethod
        def mode(self): pass

        @property
        @abstractmethod
        def name(self): pass

        @abstractmethod
        def close(self): pass

        @property
        @abstractmethod
        def closed(self): pass

        @abstractmethod
        def fileno(self): pass

        @abstractmethod
        def flush(self): pass

        @abstractmethod
        def isatty(self): pass

        @abstractmethod
        def read(self, n=-1): pass

        @abstractmethod
        def readable(self): pass

        @abstractmethod
        def readline(self, limit=-1): pass

        @abstractmethod
        def readlines(self, hint=-1): pass

        @abstractmethod
        def seek(self, offset, whence=0): pass

        @abstractmethod
        def seekable(self): pass

        @abstractmethod
        def tell(self): pass

        @abstractmethod
        def truncate(self, size=None): pass

        @abstractmethod
        def writable(self): pass

        @abstractmethod
        def write(self, s): pass

        @abstractmethod
        def writelines(self, lines): pass

        @abstractmethod
        def __enter__(self): pass

        @abstractmethod
        def __exit__(self, type, value, traceback): pass

    class BinaryIO(IO[bytes]):
        __slots__ = ()

        @abstractmethod
        def write(self, s): pass

        @abstractmethod
        def __enter__(self): pass

    class TextIO(IO[str]):
        __slots__ = ()

        @property
        @abstractmethod
        def buffer(self): pass

        @property
        @abstractmethod
        def encoding(self): pass

        @property
        @abstractmethod
        def errors(self): pass

        @property
        @abstractmethod
        def line_buffering(self): pass

        @property
        @abstractmethod
        def newlines(self): pass

        @abstractmethod
        def __enter__(self): pass

    for cls in (IO, BinaryIO, TextIO):
        cls.__module__ = "typing"
        cls.__qualname__ = cls.__name__
    return {"IO": IO, "BinaryIO": BinaryIO, "TextIO": TextIO}


_SUPPORTS = {
    "SupportsInt": ("__int__", int, False), "SupportsFloat": ("__float__", float, False),
    "SupportsComplex": ("__complex__", complex, False), "SupportsBytes": ("__bytes__", bytes, False),
    "SupportsIndex": ("__index__", int, False), "SupportsAbs": ("__abs__", T_co, True),
    "SupportsRound": ("__round__", T_co, True),
}


def __getattr__(name):
    g = globals()
    if name in _SUPPORTS:
        g[name] = _supports(name, *_SUPPORTS[name])
    elif name in ("IO", "BinaryIO", "TextIO"):
        g.update(_io_classes())
    elif name in ("Pattern", "Match"):
        import re
        g["Pattern"] = _alias(re.Pattern, 1)
        g["Match"] = _alias(re.Match, 1)
    elif name in ("ContextManager", "AsyncContextManager"):
        import contextlib
        g["ContextManager"] = _alias(contextlib.AbstractContextManager, 2, name="ContextManager",
                                     defaults=(bool | None,))
        g["AsyncContextManager"] = _alias(contextlib.AbstractAsyncContextManager, 2,
                                          name="AsyncContextManager", defaults=(bool | None,))
    else:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    return g[name]
