from dataclasses import dataclass, field, InitVar
from typing import List, Optional, Dict


@dataclass
class Custom:
    a: int
    b: int = 2

    def __repr__(self):
        return "Custom<" + str(self.a) + ">"

    def __eq__(self, other):
        return isinstance(other, Custom) and self.a == other.a


print(Custom(1), Custom(1, 5) == Custom(1, 6), Custom.__hash__)


class Plain:
    pass


@dataclass
class Doc:
    p: Plain
    q: List[int]
    r: "Optional[Doc]" = None
    s: Dict[str, int] = field(default_factory=dict)
    t: InitVar[int] = 0


print(Doc.__doc__)


@dataclass
class Documented:
    """My own doc."""
    a: int


print(Documented.__doc__)


@dataclass
class OwnInit:
    a: int

    def __init__(self, value):
        self.a = value * 2


print(OwnInit(4))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class Ordered:
    a: int
    b: list = field(init=False, default_factory=list)
    c: int = 3
    d: str = field(init=False, default="d")


o = Ordered(1)
print(vars(o), list(o.__dict__), Ordered(1, 2), Ordered(c=9, a=0))
try:
    Ordered(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Ordered()
except TypeError as e:
    print("TypeError", e)
try:
    Ordered(b=1, a=2)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Three:
    x: int
    y: int
    z: int


try:
    Three()
except TypeError as e:
    print("TypeError", e)
try:
    Three(1)
except TypeError as e:
    print("TypeError", e)
try:
    Three(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
