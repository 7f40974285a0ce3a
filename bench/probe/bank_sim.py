"""Bank/inventory simulation: dataclasses, enum.Flag/IntEnum, slots, properties."""
from __future__ import annotations
import random
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import Enum, IntEnum, Flag, auto
from typing import Optional, ClassVar

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    ALL = READ | WRITE | ADMIN

class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3

class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"

@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents, self.currency)

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100:,}.{c % 100:02d} {self.currency}"

@dataclass
class Txn:
    kind: Kind
    amount: Money
    note: str = ""
    seq: int = field(default=0, compare=False)

@dataclass
class Account:
    owner: str
    tier: Tier = Tier.BASIC
    perms: Perm = Perm.READ
    history: list[Txn] = field(default_factory=list, repr=False)
    balance: Money = field(default_factory=lambda: Money(0))
    count: ClassVar[int] = 0

    def __post_init__(self):
        Account.count += 1
        self.owner = self.owner.title()

    def apply(self, t: Txn) -> None:
        if t.kind is Kind.WITHDRAW:
            if t.amount > self.balance and self.tier < Tier.GOLD:
                raise ValueError(f"insufficient funds for {self.owner}: {t.amount}")
            self.balance = Money(self.balance.cents - t.amount.cents)
        else:
            self.balance = self.balance + t.amount
        self.history.append(t)

class Ledger:
    __slots__ = ("accounts", "_seq", "rejected")

    def __init__(self):
        self.accounts: dict[str, Account] = {}
        self._seq = 0
        self.rejected = 0

    @property
    def seq(self) -> int:
        return self._seq

    @seq.setter
    def seq(self, v):
        if v < self._seq:
            raise AttributeError("sequence goes backwards")
        self._seq = v

    def open(self, name: str, tier: Tier, perms: Perm) -> Account:
        acc = Account(name, tier, perms)
        self.accounts[acc.owner] = acc
        return acc

    def post(self, owner: str, kind: Kind, cents: int) -> Optional[Txn]:
        self.seq += 1
        t = Txn(kind, Money(cents), f"#{self.seq}", self.seq)
        try:
            self.accounts[owner].apply(t)
        except ValueError:
            self.rejected += 1
            return None
        return t

def main():
    rng = random.Random(42)
    led = Ledger()
    names = ["alice smith", "bob jones", "carol white", "dave brown", "eve black"]
    for i, n in enumerate(names):
        led.open(n, Tier(i % 3 + 1), Perm.READ | (Perm.WRITE if i % 2 else Perm(0)))
    owners = list(led.accounts)
    for _ in range(25000):
        o = rng.choice(owners)
        k = rng.choice(list(Kind))
        led.post(o, k, rng.randint(1, 50000))
    for o in owners:
        a = led.accounts[o]
        print(f"{o:<12}|{a.tier.name:>7}|{a.tier:2d}|{a.perms!s:<22}|{str(a.balance):>18}|{len(a.history):5}")
    print(repr(led.accounts["Bob Jones"])[:120])
    print("rejected", led.rejected, "seq", led.seq, "count", Account.count)
    try:
        led.seq = 3
    except AttributeError as e:
        print("attr error:", e)
    try:
        led.extra = 1
    except AttributeError as e:
        print("slots:", e)
    m = Money(12345)
    try:
        m.cents = 1
    except Exception as e:
        print(type(e).__name__, e)
    print(sorted([Money(5), Money(3, "USD"), Money(3, "EUR")]))
    print(asdict(Txn(Kind.DEPOSIT, Money(7), "x")), astuple(m), replace(m, currency="GBP"))
    print([f.name for f in fields(Account)], hash(m) == hash(Money(12345)))
    p = Perm.READ | Perm.ADMIN
    print(p, repr(p), Perm.WRITE in p, list(p), Perm.ALL, ~Perm.READ, p.value, bool(Perm(0)))
    print(Tier.GOLD + 1, Tier(2), repr(Tier.SILVER), Tier.GOLD > Tier.BASIC, sorted(Tier, reverse=True))
    print(Kind("wd"), Kind["TRANSFER"].value, repr(Kind.DEPOSIT), len(Kind))
    total = sum(a.balance.cents for a in led.accounts.values())
    big = max(led.accounts.values(), key=lambda a: a.balance)
    print("total", Money(total), "richest", big.owner, Txn(Kind.DEPOSIT, m) == Txn(Kind.DEPOSIT, m, seq=9))

main()
