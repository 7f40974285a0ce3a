from typing import Protocol, runtime_checkable, Iterable, SupportsInt, SupportsAbs, Sized
from typing import TypeVar, Generic, NamedTuple, TypedDict, Literal, Union, Optional, get_type_hints
import typing

@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
    name: str

class Square:
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s

class File:
    name = "f"
    def close(self): pass

class Nothing:
    pass

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item

class Point(NamedTuple):
    x: int
    y: int = 0

class Movie(TypedDict, total=False):
    title: str
    year: int

objs = [Square(2), File(), Nothing(), 3, "s", [1], Box(1)]
count = 0
for i in range(2000):
    for o in objs:
        if isinstance(o, HasArea): count += 1
        if isinstance(o, Closable): count += 2
        if isinstance(o, SupportsInt): count += 4
        if isinstance(o, Sized): count += 8
print(count)
print([type(o).__name__ for o in objs if isinstance(o, SupportsAbs)])
print(Box[int], Box[int](3).get(), Point(1), Point(1, 2)._asdict(), Point._fields, Point._field_defaults)
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__))
def f(a: int, b: "Optional[str]" = None) -> Union[int, str]: return a
print(get_type_hints(f))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(Union[int, str]))
print(Literal["a", "b"], Optional[int], Union[int, None])
try:
    isinstance(1, HasArea.__mro__[0]) 
except TypeError as e:
    print("TypeError", e)
class NotRT(Protocol):
    def x(self): ...
try:
    isinstance(1, NotRT)
except TypeError as e:
    print("TypeError", e)
