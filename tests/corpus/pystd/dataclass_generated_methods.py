from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, FrozenInstanceError, replace
import math

@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: str = "zz"
    w: int = field(default=5, init=False)
    v: list = field(default_factory=lambda: [1], init=False, repr=False)

a = A(1)
print(a, a.v, A.__init__.__qualname__, A.__init__.__annotations__)
print(A(2, [3], z="q"), A.__eq__(a, 3), a == A(1), a != A(1, [0]))
for bad in [(), (1, 2, 3, 4), ]:
    try: A(*bad)
    except TypeError as e: print("TypeError:", e)
try: A(1, q=2)
except TypeError as e: print("TypeError:", e)
try: A(1, x=2)
except TypeError as e: print("TypeError:", e)

@dataclass
class B:
    self: int
    other: int = 0
print(B(1, 2), B(self=3))

@dataclass
class C:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    init_only: InitVar[int] = 7
    def __post_init__(self, init_only):
        self.total = self.a + self.b + self.c + init_only
c = C(1, c=3)
print(c, c.total, C(1, b=1, c=1, init_only=0).total)
try: C(1, 2, 3)
except TypeError as e: print("TypeError:", e)
try: C(1)
except TypeError as e: print("TypeError:", e)

@dataclass(frozen=True, order=True)
class P:
    x: float
    y: float = 0.0
p = P(1.0)
print(p, hash(p) == hash(P(1.0)), p < P(2.0), P(1, 2) >= P(1, 1), sorted([P(3), P(1, 5), P(1, 2)]))
try: p.x = 3
except FrozenInstanceError as e: print("Frozen:", e)
try: del p.y
except FrozenInstanceError as e: print("Frozen:", e)
print(P(math.nan) == P(math.nan), (P(1) < 3) if False else P.__lt__(p, 3))
print(replace(p, y=9), [f.name for f in fields(p)])

@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
n = Node(1); n.kids.append(n)
print(n)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False, default=0)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1) == H(1, 0))

@dataclass(slots=True)
class S:
    a: int
    b: int = 4
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))

@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Derived(Base):
    c: int = 2
    a: int = 10
print(Derived(), Derived(5, 6, 7))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__init__.__annotations__)
print(A.__doc__, C.__doc__)
print(A.__repr__.__qualname__, P.__setattr__.__qualname__, P.__hash__.__name__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print("TypeError:", e)
