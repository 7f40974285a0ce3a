import dataclasses
from dataclasses import dataclass, field, fields, asdict, replace, make_dataclass, InitVar
from typing import ClassVar, Optional


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))


def set_c():
    s.c = 3


attempt(set_c)


@dataclass
class Meta:
    a: int = field(default=1, metadata={"unit": "m"})
    b: int = field(default=2, init=False)
    c: Optional[int] = None


print([(f.name, f.init, f.repr, f.compare, f.kw_only, dict(f.metadata)) for f in fields(Meta)])
print(Meta(), Meta(5, 6), Meta.a, Meta.c)
attempt(lambda: Meta(1, 2, 3))


@dataclass
class Base:
    x: int
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.tags.append("base")


@dataclass
class Child(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.tags.append("child")


c = Child(1, y=2)
print(c, Child(1) == Child(1), Child(1) == Base(1), Base(1) == Base(1, ["base"]))

try:
    @dataclass
    class BadChild(Base):
        z: int
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thawed(FrozenBase):
        b: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0


fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash(FrozenChild(1, 2)), replace(fc, b=5))
attempt(lambda: setattr(fc, "b", 9))
attempt(lambda: delattr(fc, "a"))

try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=3)
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(order=True, eq=False)
    class OrderNoEq:
        a: int
except ValueError as e:
    print("ValueError", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(3, "h"), Card(1, "s"), Card(2, "d")]
print(sorted(cards), Card(1, "a") == Card(1, "b"), max(cards))
attempt(lambda: Card(1, "a") < 5)

Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))])
print(Pt(1), Pt(1, 2) == Pt(1, 2), [f.name for f in fields(Pt)])
Pt3 = make_dataclass("Pt3", ["a", ("b", int, 5)], frozen=True)
print(Pt3(1), Pt3(1) == Pt3(1, 5))


@dataclass
class Counter:
    count: ClassVar[int] = 0
    name: str = "c"

    def __post_init__(self):
        Counter.count += 1


Counter()
Counter("d")
print(Counter.count, fields(Counter)[0].name)


@dataclass
class Recursive:
    name: str
    child: "Optional[Recursive]" = None


r = Recursive("a", Recursive("b"))
print(r, asdict(r))
r.child.child = r
print(r)


@dataclass
class Init:
    a: int
    factor: InitVar[int] = 10
    b: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.b = self.a * factor


print(Init(2), Init(2, 3), replace(Init(2, 3), a=4), replace(Init(2), factor=5))
print(dataclasses.is_dataclass(Init(1)), Init.__match_args__)


@dataclass
class WithDefaults:
    items: tuple = ()
    mapping: frozenset = frozenset()


print(WithDefaults(), WithDefaults().items is WithDefaults().items)

try:
    @dataclass
    class MutDict:
        d: dict = {}
except ValueError as e:
    print("ValueError", e)


@dataclass(eq=True, frozen=False)
class Unhash:
    a: int


attempt(lambda: hash(Unhash(1)))


@dataclass(eq=False)
class IdHash:
    a: int


print(type(hash(IdHash(1))).__name__)


@dataclass(unsafe_hash=True)
class Explicit:
    a: int


print(hash(Explicit(3)) == hash((3,)))
