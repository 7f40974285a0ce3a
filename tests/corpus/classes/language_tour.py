from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum, Flag
from typing import List, Dict, Optional, NamedTuple
import abc

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False, default="S")
    tags: tuple = ()

@dataclass
class Deck:
    cards: List[Card] = field(default_factory=list)
    def add(self, c: Card) -> None:
        self.cards.append(c)

class Color(Enum):
    RED = auto(); GREEN = auto(); BLUE = auto()
class Perm(Flag):
    R = 4; W = 2; X = 1
class Pri(IntEnum):
    LOW = 1; HIGH = 3

class Pt(NamedTuple):
    x: int
    y: int = 0

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...
    def describe(self): return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def side(self): return self.s
    @side.setter
    def side(self, v):
        if v < 0: raise ValueError("negative")
        self.s = v
    @classmethod
    def unit(cls): return cls(1)
    @staticmethod
    def kind(): return "square"

d = Deck()
for r in (5, 3, 9):
    d.add(Card(r, "H"))
print(sorted(d.cards)[0], asdict(d)["cards"][1], replace(d.cards[0], rank=1))
print(Card(1) == Card(1, "D"), hash(Card(2)) == hash(Card(2)))
try:
    d.cards[0].rank = 3
except Exception as e:
    print(type(e).__name__, e)
print(Color.RED, Color(2), Color["BLUE"].value, list(Color), Perm.R | Perm.W, Pri.HIGH > Pri.LOW, Pri.HIGH + 1)
print(Pt(1), Pt(2, 3)._asdict(), Pt._fields)
s = Sq.unit(); s.side = 4
print(s.describe(), Sq.kind(), s.side)
try: Shape()
except TypeError as e: print(e)
try: s.other = 1
except AttributeError as e: print(e)
def gen():
    x = yield 1
    while True:
        x = yield x * 2
g = gen(); print(next(g), g.send(5), g.send(7))
def kw(a, /, b, *args, c=3, **kwargs): return (a, b, args, c, sorted(kwargs.items()))
print(kw(1, 2, 3, 4, c=5, z=6, y=7), kw(*[1, 2], **{"c": 9}))
def counter():
    n = 0
    def inc(k=1):
        nonlocal n; n += k; return n
    return inc
c = counter(); c(); print(c(5))
def deco(tag):
    def wrap(f):
        import functools
        @functools.wraps(f)
        def inner(*a, **k): return f"<{tag}>{f(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
def hello(name): "doc"; return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__)
for cmd in [("go", 3), ("stop",), {"k": [1, 2]}, 42, "s"]:
    match cmd:
        case ("go", n) if n > 2: print("go far", n)
        case ("stop",): print("stop")
        case {"k": [a, *rest]}: print("dict", a, rest)
        case int(v) if (w := v * 2) > 50: print("int", w)
        case str() as t: print("str", t)
print("a,b,,c".split(","), "a b  c".split(), "x=1=2".partition("="), "abc".zfill(6), "a\tb".expandtabs(4))
print("hello".translate(str.maketrans("el", "ip")), b"abc".hex(), bytes.fromhex("4142"), (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((2**100).bit_length(), divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(3.5), round(1.2345, 2), f"{1e20:g} {1.5e-7:g} {123456789.0:g}")
print(complex(1, 2) * complex(3, -1), abs(3+4j), 10**20 // 7, pow(3, 200, 1000), float("inf") > 1e308)
with __import__("contextlib").suppress(KeyError):
    {}["x"]
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), max("abc", key=ord), min([], default=0))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
x = [1, 2, 3, 4, 5]; x[1:3] = [9]; del x[::2]; print(x, x[::-1], [1, 2, 3][-2:])
print({**{"a": 1}, "b": 2} | {"c": 3}, {1, 2} ^ {2, 3}, [*range(3), *"ab"])
print(isinstance(True, int), type(3) is int, issubclass(bool, int), callable(len), id(x) == id(x))
print(repr(1.1 + 2.2), 0.1 + 0.2 == 0.3, 1/3, 2/3, 1e-5, 1e16, 12345.6789e10, -0.0, float("nan"))
print(str(b"\x00\xff"), repr("tab\tq'\""), ascii("é"), "é".encode(), "%c%c" % (65, "B"))
