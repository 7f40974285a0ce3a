from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY)
from typing import ClassVar, List


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__ is None)
print(Point.__match_args__)
print([f.name for f in fields(Point)], [f.default for f in fields(p)][1:])
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
print(Point.__doc__)
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))
attempt(lambda: fields(3))
attempt(lambda: asdict(Point))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


v1 = Version(1, 2)
v2 = Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1, Version(0, 9, 9)]))
print(hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])


def set_major():
    v1.major = 5


def del_major():
    del v1.major


attempt(set_major)
attempt(del_major)
print(isinstance(FrozenInstanceError(), AttributeError))
attempt(lambda: v1 < 3)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0


a = Inventory("a")
b = Inventory("b")
a.items.append("x")
print(a, b, a.items is b.items, Inventory.total)
print(Inventory("a", ["x"], 0, "t") == a)
print([f.name for f in fields(Inventory)])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])
attempt(lambda: replace(WithPost(1), b=3))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
attempt(lambda: KW(1))
attempt(lambda: KW())


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, b=2), Mixed.__match_args__)
attempt(lambda: Mixed(1))
attempt(lambda: Mixed(1, 2, 3, b=1))

try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError", e)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)


print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [1]))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n)


@dataclass(repr=False)
class NoRepr:
    a: int


print(repr(NoRepr(1)).startswith("<"))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(astuple(tree))


@dataclass
class Shape:
    name: str

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0

    def area(self):
        return self.w * self.h


r = Rect("rect", 2, 3.5)
print(r, r.describe(), isinstance(r, Shape))

match Point(1, 2):
    case Point(1, y):
        print("matched y =", y)
    case _:
        print("no match")

print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
d = {"p": Point(0, 1)}
print(d, [Point(i, i * i) for i in range(3)])
