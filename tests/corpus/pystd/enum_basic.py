from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
    @property
    def hexcode(self):
        return {1: "#f00"}.get(self.value, "?")
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(Color.CRIMSON is Color.RED, len(Color), Color.RED in Color, 1 in Color)
print(Color.__members__)
print(Color.RED.describe(), Color.RED.hexcode, Color.GREEN.hexcode)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", "{}".format(Color.GREEN))
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color['X']
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError", e)
print(Color.__members__.keys() if False else list(Color.__members__))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, N.ONE < N.TWO, N.TWO == 2, f"{N.TWO}", N(2), sorted([N.TWO, N.ONE]))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}")
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print([(m.name, m.value) for m in A.__members__.values()])
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(P.R, repr(P.R | P.W), P.RW, P.R | P.W is P.RW, P.R in P.RW, repr(P(0)), str(P(0)), bool(P(0)), repr(~P.R))
print(repr(P.R | P.X), list(P.R | P.X), len(P.R|P.X))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R|8), IP.R + 1)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
Animal = Enum('Animal', 'ANT BEE CAT')
print(isinstance(Color.RED, Color), isinstance(N.ONE, int), isinstance(S.A, str))
print([m.name for m in Color.__members__.values()], list(Color.__members__.items())[-1])
print(N.TWO * 3, N.ONE.value, S.B.value, P.W.value, P(5) == P.R | P.X, IP(6))
print(Color.RED.name in Color.__members__, Color.RED is Color(1), Color(Color.RED))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], d.get(Color.BLUE))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3

    def __str__(self):
        return self.name.title()

    @classmethod
    def largest(cls):
        return cls.CIRCLE


print(Shape.SQUARE, repr(Shape.DIAMOND), f"{Shape.CIRCLE}", Shape.largest())


class Ordered(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(max(Ordered.LOW, Ordered.HIGH), Ordered.MID > Ordered.LOW, Ordered(3), Ordered.HIGH - 1)
print(sum([Ordered.LOW, Ordered.MID]), Ordered.MID in [1, 2], Ordered["MID"])
try:
    Ordered(9)
except ValueError as e:
    print("ValueError", e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, repr(rw & Perm.X), rw == 6)
print(repr(Perm(0)), repr(~Perm.R), list(rw), len(rw), bool(Perm(0)))
Weekday = Enum("Weekday", ["MON", "TUE", "WED"])
print(Weekday.TUE, Weekday.WED.value, Weekday(1), len(Weekday))
try:
    P(8)
except ValueError as e:
    print("ValueError", e)
