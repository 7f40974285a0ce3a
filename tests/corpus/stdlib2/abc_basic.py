from abc import ABC, ABCMeta, abstractmethod
import collections.abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
                             Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, KeysView, ItemsView, ValuesView, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, Reversible)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)


class Two(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
    @property
    @abstractmethod
    def p(self): ...


try:
    Two()
except TypeError as e:
    print("TypeError", e)
print(sorted(Two.__abstractmethods__), Shape.__abstractmethods__, Square.__abstractmethods__)


class Half(Two):
    def a(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Base(metaclass=ABCMeta):
    pass


Base.register(int)
print(isinstance(3, Base), issubclass(bool, Base), isinstance("s", Base), type(Base).__name__)


def gen():
    yield 1


async def coro():
    pass


c = coro()
samples = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), len, 3, None,
           {}.keys(), {}.items(), {}.values(), c, lambda: 0, Square(1), 3.5]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView,
        Awaitable, Coroutine, Reversible]
for s in samples:
    print(type(s).__name__, "".join("1" if isinstance(s, a) else "." for a in abcs))
c.close()


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class Seq(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


class Map(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


print(isinstance(MyIter(), Iterator), isinstance(MyIter(), Iterable), isinstance(NoHash(), Hashable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(MyIter, Sized))
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, s.index(2), s.count(2), list(reversed(s)), len(s))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
m = Map(a=1, b=2)
print("a" in m, m.get("c", 0), list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2})
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(s, Sequence), isinstance(s, Iterable))
print(collections.abc.Mapping is Mapping, Mapping.__module__, repr(Iterable))
try:
    Seq()
    Sequence()
except TypeError as e:
    print("TypeError", e)
