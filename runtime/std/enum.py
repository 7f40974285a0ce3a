# The `enum` module of Edge Python (written for this runtime).

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "member", "nonmember", "global_enum", "verify",
           "UNIQUE", "CONTINUOUS", "NAMED_FLAGS", "EnumCheck", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP", "pickle_by_enum_name", "pickle_by_global_name"]

_builtin_property = property


class auto:
    _counter = 0

    def __init__(self, value=None):
        self._auto_value = value if value is not None else _AUTO
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"

    @_builtin_property
    def value(self):
        return self._auto_value


class _AutoMarker:
    pass


_AUTO = _AutoMarker()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" \
        and name[-2] != "_"


def _function_type():
    def f():
        pass
    return type(f)


_FunctionType = _function_type()


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, staticmethod, classmethod, _builtin_property)):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_private(cls_name, name):
    pre = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(pre) and not name.endswith("__")


def _high_bit(v):
    return v.bit_length() - 1


def _is_single_bit(v):
    return v != 0 and (v & (v - 1)) == 0


class _EnumDict(dict):
    def __init__(self, cls_name, gnv):
        dict.__init__(self)
        self._cls_name = cls_name
        self._gnv = gnv
        self._last = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._gnv = value.__func__ if isinstance(value, staticmethod) else value
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                  or _is_descriptor(value) or isinstance(value, (type, nonmember))):
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto) and value._auto_value is _AUTO and self._gnv is not None:
                value._auto_value = self._gnv(key, 1, len(self._last), self._last[:])
                value = value._auto_value
            elif isinstance(value, auto):
                value = value._auto_value
            self._last.append(value)
        dict.__setitem__(self, key, value)


class EnumType(type):
    @classmethod
    def __prepare__(mcls, cls_name, bases, **kwds):
        gnv = None
        for b in bases:
            for c in b.__mro__:
                if isinstance(c, EnumType):
                    gnv = c._generate_next_value_
                    break
            if gnv is not None:
                break
        return _EnumDict(cls_name, gnv)

    def __new__(mcls, cls_name, bases, classdict, boundary=None, **kwds):
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError("<enum " + repr(cls_name) + "> cannot extend " + repr_enum(b))
        member_type = object
        first_enum = None
        for base in bases:
            for c in base.__mro__:
                if c is object:
                    continue
                if isinstance(c, EnumType):
                    if c._member_type_ is not object and member_type is object:
                        member_type = c._member_type_
                    continue
                if member_type is object and "__new__" in c.__dict__:
                    member_type = c
                    break
                if member_type is object and c in (int, str, float, bytes, tuple):
                    member_type = c
                    break
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
        if first_enum is None:
            first_enum = classdict

        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        ns = {}
        for key in list(classdict.keys()):
            value = dict.__getitem__(classdict, key)
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
                ns[key] = value
                continue
            if _is_descriptor(value) or isinstance(value, type):
                ns[key] = value
                continue
            members.append((key, value))
        if "_generate_next_value_" in classdict:
            gnv = classdict["_generate_next_value_"]
            if isinstance(gnv, staticmethod):
                gnv = gnv.__func__
        elif first_enum is classdict:
            gnv = None
        else:
            gnv = first_enum._generate_next_value_
        user_new = classdict.get("__new__")
        if user_new is not None:
            ns["_new_member_"] = user_new
            del ns["__new__"]
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        ns["_member_type_"] = member_type
        enum_class = super().__new__(mcls, cls_name, bases, ns, **kwds)
        if first_enum is not classdict:
            for nm in ("__repr__", "__str__", "__format__"):
                if nm in classdict:
                    continue
                owner = None
                for c in enum_class.__mro__:
                    if nm in c.__dict__:
                        owner = c
                        break
                if not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, nm, getattr(first_enum, nm))
        if user_new is not None:
            new_fn = user_new
            if isinstance(new_fn, staticmethod):
                new_fn = new_fn.__func__
        else:
            new_fn = None
            for c in enum_class.__mro__[1:]:
                if "_new_member_" in c.__dict__:
                    new_fn = c.__dict__["_new_member_"]
                    if isinstance(new_fn, staticmethod):
                        new_fn = new_fn.__func__
                    break
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        if boundary is None:
            boundary = getattr(enum_class, "_boundary_", None)
        enum_class._boundary_ = boundary
        last_values = []
        flag_mask = 0
        for name, value in members:
            if isinstance(value, auto):
                if value._auto_value is _AUTO:
                    value._auto_value = gnv(name, 1, len(last_values), last_values[:])
                value = value._auto_value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v._auto_value is _AUTO:
                            v._auto_value = gnv(name, 1, len(last_values), last_values[:])
                        v = v._auto_value
                    parts.append(v)
                value = tuple(parts)
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if new_fn is not None:
                obj = new_fn(enum_class, *args)
                if not hasattr(obj, "_value_"):
                    if member_type is object:
                        obj._value_ = value
                    else:
                        obj._value_ = member_type(*args)
            elif member_type is object:
                obj = object.__new__(enum_class)
                obj._value_ = value
            else:
                obj = member_type.__new__(enum_class, *args)
                obj._value_ = member_type(*args)
            canonical_value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            init = getattr(enum_class, "__init__", None)
            if init is not None and init is not object.__init__ and \
                    Enum is not None and init is not Enum.__init__:
                obj.__init__(*args)
            last_values.append(value)
            existing = None
            try:
                existing = enum_class._value2member_map_.get(canonical_value)
            except TypeError:
                for m in enum_class._unhashable_values_:
                    if m._value_ == canonical_value:
                        existing = m
            if existing is None:
                for other_name in enum_class._member_names_:
                    m = enum_class._member_map_[other_name]
                    if m._value_ == canonical_value:
                        existing = m
                        break
            if existing is not None:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                continue
            if is_flag and isinstance(canonical_value, int):
                if _is_single_bit(canonical_value) or canonical_value == 0:
                    enum_class._member_names_.append(name)
                flag_mask |= canonical_value
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = obj
            try:
                enum_class._value2member_map_[canonical_value] = obj
            except TypeError:
                enum_class._unhashable_values_.append(obj)
            type.__setattr__(enum_class, name, obj)
        if "name" in enum_class._member_map_ or "value" in enum_class._member_map_:
            # A member called `name`/`value` shadows the properties on the class: keep the
            # attributes reachable on every member through its own namespace.
            for m in enum_class._member_map_.values():
                m.__dict__["name"] = m._name_
                m.__dict__["value"] = m._value_
        if is_flag:
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = (1 << flag_mask.bit_length()) - 1
        if Enum is not None and "__reduce_ex__" not in classdict:
            pass
        return enum_class

    def __call__(cls, value, names=None, *args, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        return cls._lookup_(value)

    def _lookup_(cls, value):
        if isinstance(value, cls) and value.__class__ is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._unhashable_values_:
            if m._value_ == value:
                return m
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ == value:
                return m
        if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
            return cls._flag_missing_(value)
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        raise TypeError("error in " + cls.__name__ + "._missing_: returned " + repr(result)
                        + " instead of None or a valid member")

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        ns = {}
        if isinstance(names, dict):
            for k in names:
                ns[k] = names[k]
        else:
            names = list(names)
            last = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    v = cls._generate_next_value_(item, start, i, last[:])
                    ns[item] = v
                    last.append(v)
                else:
                    ns[item[0]] = item[1]
        new = EnumType.__new__(EnumType, class_name, bases, ns, boundary=boundary)
        if module is not None:
            new.__module__ = module
        if qualname is not None:
            new.__qualname__ = qualname
        return new

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_ or \
                any(m._value_ == value for m in cls._unhashable_values_)
        except TypeError:
            return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        return repr_enum(cls)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member " + repr(name))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(cls.__name__ + " cannot delete member " + repr(name) + ".")
        type.__delattr__(cls, name)


EnumMeta = EnumType
Enum = None
Flag = None


def _is_single_bit_value(v):
    return isinstance(v, int) and _is_single_bit(v)


def _bin(num, max_bits):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits


def repr_enum(cls):
    if Flag is not None and issubclass(cls, Flag):
        return "<flag " + repr(cls.__name__) + ">"
    return "<enum " + repr(cls.__name__) + ">"


def _enum_class_getitem(cls, name):
    return cls._member_map_[name]


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v = self._value_
        mt = type(self)._member_type_
        vr = mt.__repr__(v) if mt is not object else repr(v)
        return "<" + type(self).__name__ + "." + str(self._name_) + ": " + vr + ">"

    def __str__(self):
        return type(self).__name__ + "." + str(self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, ReprEnum):
    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): " + repr(values))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(repr(values[0]) + " is not a string")
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum):
    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 1 << (last.bit_length())

    @classmethod
    def _flag_missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg = value < 0
        if neg:
            value = all_bits + 1 + value
        boundary = cls._boundary_
        if value & ~flag_mask:
            if boundary is STRICT:
                orig = value if not neg else value - all_bits - 1
                bits = max(orig.bit_length(), flag_mask.bit_length())
                raise ValueError(repr_enum(cls) + " invalid value " + repr(orig) + "\n    given "
                                 + _bin(orig, bits) + "\n  allowed " + _bin(flag_mask, bits))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        mt = cls._member_type_
        if mt is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = mt.__new__(cls, value)
        pseudo._value_ = value
        names = []
        for n in cls._member_names_:
            m = cls._member_map_[n]
            if m._value_ and m._value_ & value == m._value_:
                names.append(n)
        extra = value & ~flag_mask
        if names:
            name = "|".join(names)
            if extra:
                name = name + "|" + str(extra)
        else:
            name = None
            if extra:
                name = str(extra)
        pseudo._name_ = name
        if value == 0 or names or extra:
            cls._value2member_map_[value] = pseudo
        return pseudo

    def _members_in(self):
        v = self._value_
        out = []
        for n in type(self)._member_names_:
            m = type(self)._member_map_[n]
            if m._value_ and m._value_ & v == m._value_:
                out.append(m)
        return out

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(self._members_in())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': " + repr(type(other).__qualname__)
                            + " and " + repr(type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = type(self).__name__
        mt = type(self)._member_type_
        vr = mt.__repr__(self._value_) if mt is not object else repr(self._value_)
        if self._name_ is None:
            return "<" + cls_name + ": " + vr + ">"
        return "<" + cls_name + "." + self._name_ + ": " + vr + ">"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return cls_name + "(" + str(self._value_) + ")"
        return cls_name + "." + self._name_

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if type(self)._member_type_ is not object and isinstance(other, type(self)._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag):
    _boundary_ = KEEP

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


def unique(enumeration):
    dups = []
    for name in enumeration._member_map_:
        m = enumeration._member_map_[name]
        if m._name_ != name:
            dups.append((name, m._name_))
    if dups:
        text = ", ".join([a + " -> " + b for a, b in dups])
        raise ValueError("duplicate values found in " + repr_enum(enumeration) + ": " + text)
    return enumeration


class EnumCheck(StrEnum):
    """The checks `verify` can run."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def verify(*checks):
    """Class decorator: raise ValueError unless the enumeration passes every EnumCheck."""
    def deco(enumeration):
        is_flag = issubclass(enumeration, Flag)
        members = [enumeration._member_map_[n] for n in enumeration._member_names_]
        for check in checks:
            if check == UNIQUE:
                aliases = [(name, m._name_) for name, m in enumeration._member_map_.items()
                           if m._name_ != name]
                if aliases:
                    text = ", ".join(a + " -> " + b for a, b in aliases)
                    raise ValueError("aliases found in " + repr(enumeration) + ": " + text)
            elif check == CONTINUOUS:
                values = set(m._value_ for m in members)
                if not values or not all(isinstance(v, int) for v in values):
                    continue
                if is_flag:
                    bits = [v.bit_length() - 1 for v in values if v > 0]
                    wanted = [1 << i for i in range(min(bits), max(bits))] if bits else []
                else:
                    wanted = range(min(values), max(values))
                missing = [v for v in wanted if v not in values]
                if missing:
                    kind = "flag" if is_flag else "enum"
                    raise ValueError(("invalid %s %r: missing values %s" % (
                        kind, enumeration.__name__, ", ".join(map(str, missing))))[:256])
            elif check == NAMED_FLAGS and is_flag:
                # Multi-bit members are aliases, outside _member_names_.
                members = list(enumeration._member_map_.values())
                named_bits = 0
                for m in members:
                    v = m._value_
                    if v > 0 and v & (v - 1) == 0:
                        named_bits |= v
                bad, missing = [], 0
                for m in members:
                    v = m._value_
                    if v > 0 and v & (v - 1) and v & ~named_bits:
                        bad.append(m._name_)
                        missing |= v & ~named_bits
                if bad:
                    if len(bad) == 1:
                        who = "alias " + bad[0] + " is"
                    else:
                        who = "aliases " + ", ".join(bad[:-1]) + " and " + bad[-1] + " are"
                    if missing & (missing - 1):
                        what = "combined values of " + hex(missing)
                    else:
                        what = "value " + hex(missing)
                    raise ValueError("invalid Flag %r: %s missing %s "
                                     "[use enum.show_flag_values(value) for details]"
                                     % (enumeration.__name__, who, what))
        return enumeration
    return deco


def _module_prefix(cls):
    return cls.__module__.rpartition(".")[2] + "."


def _global_enum_repr(self):
    return _module_prefix(type(self)) + self._name_


def _global_flag_repr(self):
    cls = type(self)
    if self._name_ is None:
        return _module_prefix(cls) + cls.__name__ + "(" + repr(self._value_) + ")"
    return "|".join(_module_prefix(cls) + name for name in self._name_.split("|"))


def _global_str(self):
    if self._name_ is None:
        return repr(self)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members become globals of the defining module and print as
    `module.NAME`, as CPython's global_enum does (for re.IGNORECASE, calendar.MONDAY, ...)."""
    import sys
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = _global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def pickle_by_global_name(self, proto):
    return self.name
