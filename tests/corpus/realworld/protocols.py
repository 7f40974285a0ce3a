# typing at run time: Protocol isinstance checks, dataclasses, generics, enums, NamedTuple.
from typing import Protocol, runtime_checkable, NamedTuple, TypeVar, Generic, Optional
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntFlag

@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...

@runtime_checkable
class Named(Protocol):
    name: str

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True)
class Square:
    side: float
    name: str = "square"
    tags: list = field(default_factory=list)
    def area(self):
        return self.side * self.side

@dataclass(frozen=True)
class Circle:
    r: float
    name: str = "circle"
    def area(self):
        return 3.14159 * self.r * self.r

class Pt(NamedTuple):
    x: int
    y: int = 0

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

shapes = [Square(i % 7 + 1) if i % 2 else Circle(i % 5 + 1) for i in range(2000)]
total = 0.0
count = 0
for _ in range(5):
    for s in shapes:
        if isinstance(s, HasArea):
            total += s.area()
        if isinstance(s, Named):
            count += 1
print(round(total, 3), count, isinstance(3, HasArea))
print(sorted(shapes[1::2][:6]), asdict(shapes[1]), replace(shapes[0], r=9))
print(Shape.CIRCLE, Shape["SQUARE"].value, list(Shape), Perm.R | Perm.W, Perm(7), Perm.R in Perm(5))
p = Pt(3)
print(p, p._replace(y=5), p._asdict(), Pt._fields, Box[int](5).get(), Optional[int])
try:
    hash(Square(1))
except TypeError as e:
    print("TypeError", e)
try:
    shapes[0].r = 3
except Exception as e:
    print(type(e).__name__, e)
