import typing
from typing import *
print(SupportsInt, SupportsAbs, SupportsAbs[int], SupportsIndex.__mro__)
for o in [1, 1.5, "s", b"b", 2j, [1], True]:
    print(type(o).__name__, [n for n in ("SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsBytes", "SupportsIndex", "SupportsAbs", "SupportsRound") if isinstance(o, getattr(typing, n))])
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt))
print(IO, TextIO, BinaryIO, IO[str], TextIO.__mro__, BinaryIO.__mro__)
print(Pattern, Match, Pattern[str], Match[bytes], ContextManager, ContextManager[int], AsyncContextManager)
print(typing.T, typing.KT, typing.T_co, typing.T_contra, typing.CT_co.__bound__)
print(is_protocol(SupportsInt), is_protocol(int), is_protocol(Protocol), is_protocol(Generic))
print(sorted(get_protocol_members(SupportsAbs)))
class P(Protocol):
    a: int
    def m(self): ...
print(sorted(get_protocol_members(P)), is_protocol(P))
try:
    get_protocol_members(int)
except TypeError as e:
    print(e)
try:
    typing.Nope
except AttributeError as e:
    print(e)
class MyInt:
    def __int__(self): return 3
print(isinstance(MyInt(), SupportsInt), isinstance(MyInt(), SupportsFloat))
def f(x: SupportsFloat) -> float:
    return float(x)
print(f(2), typing.get_type_hints(f))
from typing import Generator, AsyncGenerator, Hashable
print(Generator[int], AsyncGenerator[int], Generator[int, str], AsyncContextManager[str])
for bad in [lambda: Generator[()], lambda: ContextManager[int, int, int], lambda: Hashable[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class B(bytes): pass
class C(complex): pass
b = B(b"xy"); c = C(1, 2)
print(type(b.__bytes__()), b.__bytes__() == b"xy", b"q".__bytes__(), type(c.__complex__()), (3j).__complex__())
for bad in [lambda: bytes.__bytes__(bytearray(b"a")), lambda: complex.__complex__(1), lambda: bytes(b).__bytes__(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
