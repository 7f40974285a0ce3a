from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import ClassVar
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
    def bump(self):
        return replace(self, patch=self.patch + 1)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    tags: tuple = ()

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.items = [i * scale for i in self.items]
        Inventory.total += 1

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"

@dataclass(kw_only=True)
class KW:
    x: int
    y: int = 2

vs = [Version(i % 3, i % 5, i % 7, label=str(i)) for i in range(200)]
vs.sort()
print(vs[0], vs[-1], vs[0] == Version(0, 0, 0, "zzz"), len(set(map(astuple, vs))))
print(asdict(Version(1, 2, 3, "rc")), astuple(Version(1)))
v = Version(1, 2, 3)
for _ in range(1000):
    v = v.bump()
print(v, v < Version(1, 3), v >= Version(1, 2, 1003))
c = Coord(1.5, 2.5, ("a",))
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(c) == hash(Coord(1.5, 2.5, ("a",))), c, {c: 1}[Coord(1.5, 2.5, ("a",))])
inv = Inventory([1, 2, 3], scale=10)
print(inv, Inventory.total, [f.name for f in fields(inv)])
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
print(KW(x=1), dataclasses.is_dataclass(KW), dataclasses.is_dataclass(KW(x=1)))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
print(Version.__match_args__, Version.__eq__ is not object.__eq__)
match Version(2, 1):
    case Version(2, minor):
        print("matched minor", minor)
