from typing import *
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__annotations__, Movie.__total__)
class M2(Movie, total=False):
    extra: bool
print(sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__mro__, M2(name='a'))
try: isinstance({}, Movie)
except TypeError as e: print(e)
P = NamedTuple('P', [('x', int), ('y', str)])
print(P(1, 'a'), P.__annotations__)
class Q(NamedTuple):
    x: int
    y: int = 0
    def total(self): return self.x + self.y
print(Q(1), Q(2, 3).total(), Q._fields, Q._field_defaults, Q.__mro__, Q.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e: print(e)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, Box(2).v, Box.__mro__)
class IntBox(Box[int]): pass
print(IntBox.__mro__, IntBox.__parameters__ if hasattr(IntBox,'__parameters__') else None, IntBox(5).v)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class NP(Protocol):
    def x(self): ...
try: isinstance(F(), NP)
except TypeError as e: print(e)
try: NP()
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
def g(a: int, b: "str" = 'x') -> List[int]: pass
print(get_type_hints(g))
print(Box.__orig_bases__, IntBox.__orig_bases__)
UserId = NewType('UserId', int); print(UserId, UserId(5), UserId.__supertype__)
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else None)
print(Literal['a', 'a', 'b'], Union[int, int], Optional[None])
try: Union[int, 3]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: Union()
except TypeError as e: print(e)
print(assert_type(3, int))
