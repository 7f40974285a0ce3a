# A spreadsheet-like object model: descriptors for typed/validated fields, properties with
# setters and deleters, __slots__ classes, __getattr__/__getattribute__/__setattr__ proxies,
# class-level registries via __init_subclass__ and __set_name__, and records ordered with
# functools.cmp_to_key and total_ordering.
from functools import cmp_to_key, total_ordering, cached_property


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        delattr(obj, self.slot)


class Bounded(Typed):
    def __init__(self, kind, lo, hi, default=None):
        super().__init__(kind, default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            delattr(obj, self.slot)
            raise ValueError(f"{self.name}={value} outside [{self.lo}, {self.hi}]")


class Registry:
    kinds = {}

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.kinds[tag or cls.__name__.lower()] = cls


class Cell(Registry, tag="cell"):
    row = Bounded(int, 1, 1000)
    col = Typed(str, "A")
    raw = Typed(object, "")

    def __init__(self, col, row, raw=""):
        self.col, self.row, self.raw = col, row, raw

    @property
    def ref(self):
        return f"{self.col}{self.row}"

    @property
    def value(self):
        try:
            return float(self.raw)
        except (TypeError, ValueError):
            return 0.0

    @value.setter
    def value(self, v):
        self.raw = repr(v)

    @value.deleter
    def value(self):
        self.raw = ""

    def __repr__(self):
        return f"Cell({self.ref}={self.raw!r})"


class FormulaCell(Cell, tag="formula"):
    @cached_property
    def parsed(self):
        FormulaCell.parses += 1
        op, *refs = self.raw[1:].split()
        return op, refs


FormulaCell.parses = 0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Audited:
    def __init__(self):
        self.reads = 0
        self.data = 1

    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


def compare_cells(a, b):
    if a.row != b.row:
        return -1 if a.row < b.row else 1
    return (a.col > b.col) - (a.col < b.col)


sheet = [Cell(c, r, str(r * 10 + i)) for i, c in enumerate("CAB") for r in (3, 1, 2)]
sheet.append(FormulaCell("D", 1, "=sum A1 B1"))
sheet.sort(key=cmp_to_key(compare_cells))
print(sheet)
print(sorted(sheet, key=cmp_to_key(lambda a, b: (b.value > a.value) - (b.value < a.value)))[:4])
f = sheet[3]
print(f, f.parsed, f.parsed, FormulaCell.parses, "parsed" in vars(f), sorted(Registry.kinds))
c = sheet[0]
c.value = 2.5
print(c.raw, c.value, c.ref)
del c.value
print(repr(c.raw), c.value)
for bad in [("row", 0), ("row", "7"), ("col", 5)]:
    try:
        setattr(c, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(c.row, Cell.row.name, Cell.row.lo, type(Cell.__dict__["value"]).__name__, Cell.value.fget.__name__)
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"), Point.__slots__, p.x + p.y)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
px = Proxy(Cell("Z", 9, "1"))
px.raw = "42"
print(px.value, px.ref, px._log)
del px.raw
print(px.raw == "", px._log[-2:])
a = Audited()
a.data
a.data
print(a.reads)
versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(versions), max(versions), Version("1.0") >= Version("0.9.9"), Version("2.0") <= Version("1.9"), Version("1.2.3") == versions[1])
print(sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()) or (x > y) - (x < y))))
