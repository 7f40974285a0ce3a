# issubclass() refuses runtime protocols with data members, naming them (CPython 3.13);
# isinstance() checks them structurally.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, Iterable, Sized
@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...
@runtime_checkable
class Named(Protocol):
    name: str
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Person:
    def __init__(self, n): self.name = n
objs = [Sq(2), Person("a"), 3, "x", [1], Sq(5), Person("b"), 4.5, {1: 2}] * 3
c = [0, 0, 0, 0, 0, 0]
for o in objs:
    c[0] += isinstance(o, HasArea)
    c[1] += isinstance(o, Named)
    c[2] += isinstance(o, SupportsInt)
    c[3] += isinstance(o, SupportsAbs)
    c[4] += isinstance(o, Iterable)
    c[5] += isinstance(o, Sized)
print(c)
try:
    issubclass(Sq, Named)
except TypeError as e:
    print("TypeError", e)
print(issubclass(Sq, HasArea), issubclass(int, SupportsInt))
class NotProto(Protocol):
    def f(self): ...
try:
    isinstance(1, NotProto)
except TypeError as e:
    print("TypeError", e)
@runtime_checkable
class Both(Protocol):
    x: int
    y: int
    def m(self): ...
try:
    issubclass(int, Both)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, Both)
except TypeError as e:
    print("TypeError", e)
print(sorted(Both.__non_callable_proto_members__), HasArea.__non_callable_proto_members__)
class Sub(HasArea, Protocol):
    def more(self): ...
try:
    isinstance(Sq(1), Sub)
except TypeError as e:
    print("TypeError", e)
print(isinstance(Sq(1), HasArea), issubclass(Person, HasArea))
