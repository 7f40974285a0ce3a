# ORM-like querying over dataclass rows: filters, ordering, grouping, joins.
from dataclasses import dataclass, field, asdict
from operator import attrgetter
from collections import defaultdict
import random


@dataclass
class User:
    id: int
    name: str
    age: int
    city: str
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Order:
    id: int
    user_id: int
    amount: float
    status: str


class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, **conds):
        def ok(r):
            for k, v in conds.items():
                attr, _, op = k.partition("__")
                val = getattr(r, attr)
                if op == "" and val != v:
                    return False
                if op == "gt" and not val > v:
                    return False
                if op == "in" and val not in v:
                    return False
            return True
        return Query([r for r in self.rows if ok(r)])

    def order_by(self, *keys):
        return Query(sorted(self.rows, key=attrgetter(*keys)))

    def group_by(self, key):
        g = defaultdict(list)
        for r in self.rows:
            g[getattr(r, key)].append(r)
        return dict(g)

    def __len__(self):
        return len(self.rows)


rng = random.Random(7)
cities = ["Oslo", "Lima", "Pune", "Kyiv", "Rome"]
users = [User(i, "u%04d" % i, rng.randint(18, 80), rng.choice(cities), ["a"] * (i % 3)) for i in range(2000)]
orders = [Order(i, rng.randrange(2000), round(rng.uniform(1, 500), 2), rng.choice(["new", "paid", "void"])) for i in range(8000)]
by_id = {u.id: u for u in users}
out = []
for rep in range(20):
    q = Query(users).where(age__gt=30 + rep, city__in={"Oslo", "Pune"}).order_by("age", "name")
    paid = Query(orders).where(status="paid")
    totals = defaultdict(float)
    for o in paid.rows:
        u = by_id[o.user_id]
        if u.age > 30 + rep:
            totals[u.city] += o.amount
    groups = Query(users).group_by("city")
    out.append((len(q), q.rows[0].name, round(sum(totals.values()), 2), sorted((k, len(v)) for k, v in groups.items())[0]))
print(out[0], out[-1])
print(asdict(users[5]), orders[3])
print(sum(len(asdict(u)) for u in users[:500]))
