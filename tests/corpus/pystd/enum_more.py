import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def parse(cls, text):
        return cls(text.lower())

    def __bool__(self):
        return self is Status.ACTIVE


print(Status.parse("ACTIVE"), bool(Status.ACTIVE), bool(Status.INACTIVE))
attempt(lambda: Status("nope"))
attempt(lambda: Status.parse("x"))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    _ignore_ = ["helper"]
    helper = 3

    def __init__(self, cents):
        self.cents = cents

    @property
    def dollars(self):
        return self.cents / 100


print(Coin.NICKEL.dollars, hasattr(Coin, "helper"), list(Coin.__members__))


class Ordinal(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    FIRST = (1, "1st")
    SECOND = (2, "2nd")


print(Ordinal.FIRST, Ordinal(2), Ordinal.SECOND.label, Ordinal.FIRST.value)


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


code = 404
match Http(code):
    case Http.OK:
        print("ok")
    case Http.NOT_FOUND:
        print("not found", Http.NOT_FOUND == 404, Http.NOT_FOUND.name)
print(Http.OK + 1, Http.OK // 3, format(Http.OK, "05d"), str(Http.OK), Http(200) is Http.OK)
print(int(Http.NOT_FOUND), float(Http.OK), Http.OK.real, {Http.OK: 1}[200])


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"
    BOTH = auto()


print(Mode.READ + "b", Mode.BOTH, Mode("w"), "r" in Mode.__members__.values(), Mode.READ.upper())
print(",".join([Mode.READ, Mode.WRITE]), Mode.READ == "r", isinstance(Mode.BOTH, str))
attempt(lambda: Mode("q"))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(repr(Color.WHITE), repr(Color.BLACK), Color.RED in Color.WHITE, Color.BLACK in Color.RED)
print(list(Color.WHITE), repr(Color.RED ^ Color.WHITE), repr(Color.WHITE & ~Color.GREEN))
print(repr(Color(3)), str(Color(3)), Color(7) is Color.WHITE, Color(0) is Color.BLACK, len(Color.WHITE))
print(bool(Color.BLACK), bool(Color.RED), repr(~Color.BLACK), repr(~Color.WHITE))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.X, Perm(7), repr(Perm(7)), Perm.R & 4, repr(Perm(0)), Perm.R == 4, 5 | Perm.W)
print(repr(~Perm.R), repr(Perm(12)), isinstance(Perm.R | 1, Perm))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(Fine.B)
try:
    @unique
    class Dups(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)


class Base(Enum):
    def describe(self):
        return self.name + "=" + str(self.value)


class Sub(Base):
    X = 1
    Y = 2


print(Sub.X.describe(), Sub(2).describe())
try:
    class SubSub(Sub):
        Z = 3
except TypeError as e:
    print("TypeError", e)


class Auto(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]

    ABC = auto()
    XYZ = auto()


print(Auto.ABC.value, Auto("ZYX"))

Fruit = Enum("Fruit", "APPLE BANANA CHERRY", start=10)
print(Fruit.BANANA.value, Fruit(12), repr(Fruit.APPLE))
Level = IntEnum("Level", [("LOW", 1), ("HIGH", 9)])
print(Level.HIGH > Level.LOW, Level.HIGH + 0)
Pair = Enum("Pair", {"A": "a", "B": "b"})
print(Pair.B.value, Pair("a"))


def reassign():
    Sub.X = 5


attempt(reassign)
print(Sub.X.name, Sub.X.value, Sub["Y"], Sub.X is Sub.X, Sub.X == Sub.X, Sub.X != Sub.Y)
print(sorted(Sub.__members__), Sub.X in Sub, 1 in Sub, "X" in Sub.__members__)
print(isinstance(Sub.X, Base), issubclass(Sub, Enum), type(Sub.X).__name__)
print(hash(Sub.X) == hash(Sub.X), {Sub.X: "x", Sub.Y: "y"}[Sub(1)])
