# isinstance through its no-Python-code path and through the hooks it must leave to the
# general one.
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("Meta.__instancecheck__", type(obj).__name__)
        return obj == 42


class Hooked(metaclass=Meta):
    pass


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Sq(Shape):
    def area(self):
        return 1


class Lst(list):
    pass


b = B()
for _ in range(2):
    print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), isinstance(b, object))
    print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
    print(isinstance("s", (int, (float, str))), isinstance(None, type(None)), isinstance(b, ()))
    print(isinstance(Lst(), list), isinstance([], Lst), isinstance(Lst, type), isinstance(int, type))
    print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))
    print(isinstance(42, Hooked), isinstance(Hooked(), Hooked), isinstance(1, (A, Hooked, int)))
    print(isinstance(Sq(), Shape), isinstance(1, Shape), isinstance([], Iterable), isinstance(1, Sized))
    print(isinstance(b, (B, Hooked)), isinstance(b, (int, Hooked)))
for bad in (1, "int", (int, 2), [int]):
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError:", e)
