# Loads of instances whose class defines __setattr__ (a frozen dataclass, a logging proxy)
# use the attribute caches; their stores must still go through __setattr__ every time,
# including after the same attribute was loaded at the same site many times.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Price:
    amount: float
    currency: str = "EUR"


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "x", 0)

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class Plain:
    def __init__(self):
        self.x = 0


def bump(o, n):
    for i in range(n):
        o.x = o.x + 1
    return o.x


p = Price(2.5)
total = 0.0
for _ in range(1000):
    total += p.amount
print(total, p.currency)
for attempt in range(3):
    try:
        p.amount = attempt
    except FrozenInstanceError as e:
        print("frozen", e)
print(p)

objs = [Plain(), Logged(), Plain(), Logged()]
for o in objs:
    print(type(o).__name__, bump(o, 5))
print(objs[1].log)
# A class that gains __setattr__ after its instances' stores were cached.
pl = Plain()
bump(pl, 3)
Plain.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
print(bump(pl, 2))
del Plain.__setattr__
print(bump(pl, 2))
