# The `dataclasses` module of Edge Python (written for this runtime).
#
# Like CPython's, the generated methods (__init__, __repr__, __eq__, ...) are compiled from
# source text with `exec`, so they have real signatures and run as fast as written-out code.

import sys as _sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type):
            name = t.__name__
        else:
            name = repr(t)
        return "dataclasses.InitVar[" + name + "]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type)
                + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory)
                + ",init=" + repr(self.init) + ",repr=" + repr(self.repr)
                + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only)
                + ",_field_type=" + str(self._field_type) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=" + repr(self.init) + ",repr=" + repr(self.repr)
                + ",eq=" + repr(self.eq) + ",order=" + repr(self.order)
                + ",unsafe_hash=" + repr(self.unsafe_hash) + ",frozen=" + repr(self.frozen) + ")")


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    r = repr(tp)
    return r == "typing.ClassVar" or r.startswith("typing.ClassVar[")


def _is_initvar(tp):
    if tp is InitVar or isinstance(tp, InitVar):
        return True
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return False


def _is_kw_only_marker(tp):
    if tp is KW_ONLY:
        return True
    if isinstance(tp, str):
        return tp == "KW_ONLY" or tp == "dataclasses.KW_ONLY"
    return False


def _make_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field " + name + " cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING:
        t = type(f.default)
        if t.__hash__ is None:
            raise ValueError("mutable default " + repr(t) + " for field "
                             + name + " is not allowed: use default_factory")
    return f


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _create_fn(cls, name, params, body, locals_=None, return_type=MISSING):
    """Compiles `def name(params): body` the way CPython's dataclasses does, so the methods
    have real signatures (and the interpreter's own argument errors) and run at the speed of
    hand-written code. `locals_` become closure variables of the generated function."""
    locals_ = dict(locals_ or {})
    ret = ""
    if return_type is not MISSING:
        locals_["__dataclass_return_type__"] = return_type
        ret = "->__dataclass_return_type__"
    lines = ["def __create_fn__(" + ", ".join(locals_) + "):"]
    lines.append(" def " + name + "(" + ", ".join(params) + ")" + ret + ":")
    lines.extend("  " + b for b in body)
    lines.append(" return " + name)
    module = _sys.modules.get(cls.__module__)
    ns = {}
    exec("\n".join(lines), module.__dict__ if module is not None else {}, ns)
    return ns["__create_fn__"](**locals_)


def _tuple_str(obj, names):
    if not names:
        return "()"
    return "(" + ",".join(obj + "." + n for n in names) + ",)"


def _field_init(f, frozen, locals_, self_name, slots):
    default_name = "__dataclass_dflt_" + f.name + "__"
    if f.default_factory is not MISSING:
        locals_[default_name] = f.default_factory
        if f.init:
            value = (default_name + "() if " + f.name
                     + " is __dataclass_HAS_DEFAULT_FACTORY__ else " + f.name)
        else:
            value = default_name + "()"
    elif f.init:
        if f.default is not MISSING:
            locals_[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals_[default_name] = f.default
        value = default_name
    else:
        # Reading the field finds the class attribute holding the default.
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return ("__dataclass_builtins_object__.__setattr__(" + self_name + ","
                + repr(f.name) + "," + value + ")")
    return self_name + "." + f.name + "=" + value


def _init_param(f):
    if f.default is not MISSING:
        default = "=__dataclass_dflt_" + f.name + "__"
    elif f.default_factory is not MISSING:
        default = "=__dataclass_HAS_DEFAULT_FACTORY__"
    else:
        default = ""
    return f.name + ":__dataclass_type_" + f.name + "__" + default


def _make_init(cls, all_fields, frozen, has_post_init, slots):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    self_name = "__dataclass_self__" if "self" in [f.name for f in all_fields] else "self"
    locals_ = {}
    for f in init_fields:
        locals_["__dataclass_type_" + f.name + "__"] = f.type
    locals_["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
    locals_["__dataclass_builtins_object__"] = object
    body = []
    for f in init_fields:
        line = _field_init(f, frozen, locals_, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ",".join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(self_name + ".__post_init__(" + initvars + ")")
    params = [self_name] + [_init_param(f) for f in init_fields if f.init and not f.kw_only]
    kw_only = [_init_param(f) for f in init_fields if f.init and f.kw_only]
    if kw_only:
        params += ["*"] + kw_only
    return _create_fn(cls, "__init__", params, body or ["pass"], locals_, return_type=None)


def _set_method(cls, name, fn):
    if name in cls.__dict__ and name not in ("__setattr__", "__delattr__", "__hash__"):
        return
    try:
        fn.__qualname__ = cls.__qualname__ + "." + name
        fn.__name__ = name
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, fn)


def _make_repr(cls, fields_):
    shown = ", ".join(f.name + "={self." + f.name + "!r}" for f in fields_ if f.repr)
    # The guard returns "..." for a dataclass that (indirectly) contains itself.
    fn = _create_fn(cls, "__repr__", ["self"], [
        "key = id(self)",
        "if key in __dataclass_active__:",
        "  return '...'",
        "__dataclass_active__.add(key)",
        "try:",
        '  return f"{self.__class__.__qualname__}(' + shown + ')"',
        "finally:",
        "  __dataclass_active__.discard(key)",
    ], {"__dataclass_active__": set()})
    # pprint lays out dataclasses whose repr is this generated one field by field.
    fn.__dataclass_generated__ = True
    return fn


def _make_eq(cls, names):
    terms = " and ".join("self." + n + "==other." + n for n in names) or "True"
    return _create_fn(cls, "__eq__", ["self", "other"], [
        "if self is other:",
        "  return True",
        "if other.__class__ is self.__class__:",
        "  return " + terms,
        "return NotImplemented",
    ])


def _make_order(cls, name, names, op):
    return _create_fn(cls, name, ["self", "other"], [
        "if other.__class__ is self.__class__:",
        "  return " + _tuple_str("self", names) + op + _tuple_str("other", names),
        "return NotImplemented",
    ])


def _make_hash(cls, names):
    return _create_fn(cls, "__hash__", ["self"], ["return hash(" + _tuple_str("self", names) + ")"])


def _make_frozen(cls, names):
    fields_tuple = "(" + "".join(repr(n) + "," for n in names) + ")"
    locals_ = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    setter = _create_fn(cls, "__setattr__", ["self", "name", "value"], [
        "if type(self) is cls or name in " + fields_tuple + ":",
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        "super(cls, self).__setattr__(name, value)",
    ], locals_)
    deleter = _create_fn(cls, "__delattr__", ["self", "name"], [
        "if type(self) is cls or name in " + fields_tuple + ":",
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        "super(cls, self).__delattr__(name)",
    ], locals_)
    return setter, deleter


def _type_text(tp):
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return tp.__module__ + "." + tp.__qualname__
    if getattr(tp, "__module__", None) == "typing":
        return repr(tp).replace("typing.", "")
    return repr(tp)


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    has_dc_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dc_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            p = b.__dict__.get("__dataclass_params__")
            if p is not None:
                if all_frozen_bases is None:
                    all_frozen_bases = True
                any_frozen_base = any_frozen_base or p.frozen
                all_frozen_bases = all_frozen_bases and p.frozen
    if has_dc_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    anns = cls.__dict__.get("__annotations__", {})
    own = []
    kw = kw_only
    seen_kw_marker = False
    for name in anns:
        tp = anns[name]
        if _is_kw_only_marker(tp):
            if seen_kw_marker:
                raise TypeError(cls.__qualname__ + " has KW_ONLY field more than once")
            seen_kw_marker = True
            kw = True
            continue
        own.append(_make_field(cls, name, tp, kw))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in cls.__dict__:
        v = cls.__dict__[name]
        if isinstance(v, Field) and name not in anns:
            raise TypeError(repr(name) + " is a field but has no type annotation")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _Params(init, repr_, eq, order, unsafe_hash, frozen)

    flist = list(all_fields.values())
    real = [f for f in flist if f._field_type is _FIELD]
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if init:
        seen_default = None
        for f in flist:
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default is not None:
                        raise TypeError("non-default argument " + repr(f.name)
                                        + " follows default argument " + repr(seen_default))
                elif seen_default is None:
                    seen_default = f.name
        _set_method(cls, "__init__", _make_init(cls, flist, frozen, hasattr(cls, "__post_init__"), slots))

    if repr_:
        _set_method(cls, "__repr__", _make_repr(cls, real))
    cmp_names = [f.name for f in real if f.compare]
    if eq:
        if "__eq__" not in cls.__dict__:
            _set_method(cls, "__eq__", _make_eq(cls, cmp_names))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute " + name + " in class "
                                + cls.__name__ + ". Consider using functools.total_ordering")
            _set_method(cls, name, _make_order(cls, name, cmp_names, op))
    if frozen:
        names = set([f.name for f in real])
        sa, da = _make_frozen(cls, names)
        for name, fn in (("__setattr__", sa), ("__delattr__", da)):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__)
            _set_method(cls, name, fn)

    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        _set_method(cls, "__hash__", _make_hash(cls, hash_names))
    elif not has_explicit_hash:
        if eq and frozen:
            _set_method(cls, "__hash__", _make_hash(cls, hash_names))
        elif eq:
            cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in flist
                                    if f._field_type in (_FIELD, _FIELD_INITVAR)
                                    and f.init and not f.kw_only])

    if cls.__dict__.get("__doc__") is None:
        parts = []
        star = False
        for f in flist:
            if f._field_type not in (_FIELD, _FIELD_INITVAR) or not f.init:
                continue
            if f.kw_only and not star:
                parts.append("*")
                star = True
            s = f.name + ": " + _type_text(f.type)
            if f.default is not MISSING:
                s += " = " + repr(f.default)
            elif f.default_factory is not MISSING:
                s += " = <factory>"
            parts.append(s)
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(parts) + ")"
        except (AttributeError, TypeError):
            pass

    if slots:
        cls = _add_slots(cls, [f.name for f in real])
    return cls


def _add_slots(cls, names):
    ns = dict(cls.__dict__)
    if "__slots__" in ns:
        raise TypeError(cls.__name__ + " already specifies __slots__")
    for n in names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    ns["__slots__"] = tuple(names)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def _is_dc_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def _deepcopy(obj):
    # copy (and copyreg) are compiled when asdict/astuple first copy a value, not by every
    # `import dataclasses`; the first call rebinds this name to copy.deepcopy itself.
    global _deepcopy
    from copy import deepcopy as _deepcopy
    return _deepcopy(obj)


def _asdict_inner(obj, dict_factory):
    if _is_dc_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dc_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dc_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dc_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dc_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError("field " + f.name + " is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError("InitVar " + repr(f.name) + " must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            anns[item] = "typing.Any"
        elif len(item) == 2:
            anns[item[0]] = item[1]
        else:
            anns[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns["__annotations__"] = anns
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
