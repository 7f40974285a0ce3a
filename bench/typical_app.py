# A typical application: dataclasses, Enum/IntEnum, typing annotations, namedtuple,
# f-strings and %/format, sorted with key, Counter/defaultdict, lru_cache, random.Random.
from __future__ import annotations

import random
import time
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from functools import lru_cache, total_ordering
from typing import Dict, Iterable, List, Optional, Tuple


class Status(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


Address = namedtuple("Address", ["city", "zip"])


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float
    category: str


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def total(self) -> float:
        return round(self.product.price * self.qty, 2)


@total_ordering
@dataclass
class Order:
    id: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    status: Status = Status.PENDING
    priority: Priority = Priority.NORMAL
    address: Optional[Address] = None
    tags: set = field(default_factory=set)

    @property
    def total(self) -> float:
        return round(sum(i.total for i in self.items), 2)

    def __lt__(self, other: "Order") -> bool:
        return (self.priority, -self.total) < (other.priority, -other.total)

    def describe(self) -> str:
        return f"#{self.id:05d} {self.customer:<8} {self.status.name:>9} {self.total:>10.2f} [{', '.join(sorted(self.tags))}]"


CITIES = ["Lisbon", "Oslo", "Quito", "Hanoi", "Perth", "Accra", "Lima", "Riga"]
NAMES = ["ana", "bo", "chen", "dara", "eli", "femi", "gus", "hana", "ivo", "jun", "kai", "lea"]
CATS = ["books", "garden", "toys", "tools", "food"]


def make_catalog(rng: random.Random, n: int) -> Dict[str, Product]:
    catalog = {}
    for i in range(n):
        sku = "SKU-%04d" % i
        cat = rng.choice(CATS)
        price = round(rng.uniform(1, 200), 2)
        catalog[sku] = Product(sku, "{}-{}".format(cat, i), price, cat)
    return catalog


def make_orders(rng: random.Random, catalog: Dict[str, Product], n: int) -> List[Order]:
    skus = list(catalog)
    orders = []
    for oid in range(n):
        items = [LineItem(catalog[s], rng.randint(1, 5)) for s in rng.sample(skus, rng.randint(1, 6))]
        o = Order(oid, rng.choice(NAMES), items,
                  status=rng.choice(list(Status)),
                  priority=Priority(rng.randint(1, 3)),
                  address=Address(rng.choice(CITIES), f"{rng.randrange(10000):04}"))
        if o.total > 500:
            o.tags.add("big")
        if len(o.items) == 1:
            o.tags.add("single")
        if rng.random() < 0.1:
            o.tags.add("gift")
        orders.append(o)
    return orders


@lru_cache(maxsize=None)
def shipping_cost(city: str, weight: int) -> float:
    base = sum(map(ord, city)) % 17 + 3
    return round(base + weight * 0.75, 2)


def summarize(orders: Iterable[Order]) -> Tuple[dict, Counter, dict]:
    by_status: Dict[Status, List[Order]] = defaultdict(list)
    per_city = Counter()
    revenue_by_cat: Dict[str, float] = defaultdict(float)
    for o in orders:
        by_status[o.status].append(o)
        if o.address:
            per_city[o.address.city] += 1
        if o.status in (Status.PAID, Status.SHIPPED):
            for it in o.items:
                revenue_by_cat[it.product.category] += it.total
    return by_status, per_city, revenue_by_cat


def report(orders: List[Order]) -> List[str]:
    lines = []
    by_status, per_city, revenue = summarize(orders)
    for st in Status:
        group = by_status.get(st, [])
        lines.append(f"{st.name.lower():10s}{len(group):6d}{sum(o.total for o in group):14,.2f}")
    for city, n in per_city.most_common(3):
        lines.append("%-8s %4d" % (city, n))
    for cat, amount in sorted(revenue.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("{:<7}{:>12.2f}".format(cat, amount))
    top = sorted(orders, reverse=True)[:3]
    lines.extend(o.describe() for o in top)
    ship = sum(shipping_cost(o.address.city, sum(i.qty for i in o.items)) for o in orders)
    lines.append(f"shipping={ship:.2f} cache={shipping_cost.cache_info().hits}")
    cust = Counter(o.customer for o in orders if o.status is not Status.CANCELLED)
    lines.append(repr(cust.most_common(2)))
    words = Counter(w for o in orders for t in o.tags for w in t.split())
    lines.append(str(sorted(words.items())))
    hi = [o.id for o in orders if o.priority is Priority.HIGH and o.priority > Priority.LOW]
    lines.append(f"high={len(hi)} first={hi[:5]!r} {Priority.HIGH!r} {Status.PAID} {Priority.LOW + 1}")
    return lines


def main() -> None:
    rng = random.Random(2024)
    t0 = time.perf_counter()
    catalog = make_catalog(rng, 300)
    checksum = 0
    for rnd in range(6):
        orders = make_orders(rng, catalog, 800)
        lines = report(orders)
        for ln in lines:
            checksum = (checksum * 33 + sum(map(ord, ln))) % (1 << 30)
        if rnd == 0:
            print("\n".join(lines))
    print("checksum", checksum)
    print(Order(1, "x") == Order(1, "x"), Order(1, "x"), Product("a", "b", 1.5, "c"))
    _ = time.perf_counter() - t0


main()
