# A typed domain model: dataclasses (frozen, ordered, defaults, field factories, post-init,
# replace, asdict), enums (Enum, IntEnum, Flag, auto, members lookup), NamedTuple with methods
# and defaults; runs an order-fulfilment simulation and prints a summary.
from dataclasses import dataclass, field, replace, asdict, astuple, fields
from enum import Enum, IntEnum, Flag, auto
from typing import NamedTuple, Optional


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"

    @property
    def label(self):
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = auto()


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    SHIP = auto()
    ADMIN = READ | WRITE | SHIP


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __add__(self, other):
        if isinstance(other, Money):
            assert self.currency == other.currency
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


@dataclass(frozen=True, order=True)
class Sku:
    category: Category = field(compare=False)
    code: str


@dataclass
class Product:
    sku: Sku
    name: str
    price: Money
    stock: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.stock < 0:
            raise ValueError(f"negative stock for {self.name}")


@dataclass(order=True)
class Order:
    priority: Priority
    number: int
    lines: dict = field(default_factory=dict, compare=False)
    note: Optional[str] = field(default=None, compare=False, repr=False)

    def total(self, catalog):
        t = Money(0)
        for code, qty in sorted(self.lines.items()):
            p = catalog[code].price
            t = t + Money(p.cents * qty, p.currency)
        return t


catalog = {}
for i, (cat, name, cents) in enumerate([
    (Category.TOOLS, "hammer", 1299), (Category.TOOLS, "saw", 2450), (Category.GARDEN, "rake", 1875),
    (Category.GARDEN, "hose", 3199), (Category.KITCHEN, "whisk", 499), (Category.KITCHEN, "pan", 4250),
]):
    sku = Sku(cat, f"{cat.name[0]}{i:03d}")
    catalog[sku.code] = Product(sku, name, Money(cents), stock=5 + i * 3, tags=[cat.label])

orders = [Order(Priority((n * 7) % 4 + 1), n, {code: (n + k) % 3 + 1 for k, code in enumerate(sorted(catalog)) if (n + k) % 4 == 0})
          for n in range(1, 13)]
shipped, backorder = [], []
for order in sorted(orders, reverse=True):
    if all(catalog[c].stock >= q for c, q in order.lines.items()):
        for c, q in order.lines.items():
            catalog[c].stock -= q
        shipped.append(order)
    else:
        backorder.append(order)

for o in shipped:
    print(f"ship #{o.number:02d} {o.priority.name:<6} {str(o.total(catalog)):>10} {o.lines}")
print("backorder", [(o.number, int(o.priority)) for o in backorder])
print([(p.name, p.stock) for p in catalog.values()])
revenue = sum((o.total(catalog) for o in shipped), Money(0))
print("revenue", revenue, revenue, repr(revenue), revenue._asdict(), Money._fields, Money._field_defaults)
p = catalog["T000"]
print(p)
print(asdict(p))
print(astuple(p.sku), [f.name for f in fields(Product)], replace(p, stock=99).stock, p.stock)
print(Sku(Category.GARDEN, "A") < Sku(Category.TOOLS, "B"), Sku(Category.GARDEN, "X") == Sku(Category.TOOLS, "X"))
try:
    p.sku.code = "zzz"
except Exception as e:
    print(type(e).__name__, e)
try:
    Product(p.sku, "bad", Money(1), stock=-1)
except ValueError as e:
    print("ValueError", e)
print(hash(Sku(Category.TOOLS, "Q")) == hash(Sku(Category.TOOLS, "Q")), len({Sku(Category.TOOLS, "Q"), Sku(Category.GARDEN, "Q")}))
print(list(Category), Category("garden"), Category["KITCHEN"].label, Category.TOOLS in Category)
print(Priority.URGENT, repr(Priority.HIGH), Priority.HIGH + 1, sorted([Priority.URGENT, Priority.LOW]), Priority(2).name)
perms = Perm.READ | Perm.SHIP
print(perms, repr(perms), Perm.WRITE in perms, Perm.ADMIN, list(Perm), perms & Perm.READ, ~Perm.READ, bool(Perm(0)))
print(Money(5) + Money(7), Money(1, "USD")._replace(cents=3), Money._make([9, "GBP"]), isinstance(Money(1), tuple))
try:
    Category("nope")
except ValueError as e:
    print("ValueError", e)
print({c: c.value for c in Category}, Priority.__members__.keys(), Category.TOOLS.__class__.__name__)
