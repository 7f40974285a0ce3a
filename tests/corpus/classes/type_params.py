import typing
from typing import TypeVar, Generic
T0 = TypeVar('T0'); print(T0.__default__, T0.has_default(), TypeVar('U', default=None).__default__, TypeVar('U', default=None).has_default())
type A[T: int = str, *Ts = *tuple[int], **P = [int]] = list[T]
t, ts, p = A.__type_params__
print(repr(t), t.__bound__, t.__default__, t.__infer_variance__, t.__covariant__, p.__default__, repr(ts), repr(p))
print(A, repr(A), A.__name__, A.__module__, A.__value__, A.__parameters__)
type B = int | str
print(B.__type_params__, B.__parameters__, B.__value__)
class C[T]: pass
print(C.__bases__, C.__orig_bases__, C.__parameters__, C.__type_params__, C[int], C.__mro__)
class D[K, V](dict):
    """Doc stays."""
    def get2(self, k: K) -> V:
        return self[k]
print(D.__doc__, D.__type_params__, D.__parameters__, D[str, int], D({'a': 1}).get2('a'), D.__qualname__)
def f[T](x: T) -> T: pass
print(f.__type_params__, f.__annotations__, f.__qualname__, f.__name__)
print(typing.TypeAliasType('Q', int), typing.TypeAliasType('Q', int).__value__)
type R = list[R]
print(R.__value__)
try:
    type Bad = undefined_name
    Bad.__value__
except NameError as e: print('NameError', e)
print(type(t), type(ts), type(p), type(A))
print(t.__constraints__, t.__name__)
def g[T: (int, str)](): pass
print(g.__type_params__[0].__constraints__, g.__type_params__[0].__bound__)
print(hash(A) == hash(A), A == A)
# Generic functions see their own decorated name; recursion.
import functools
@functools.cache
def fact[N: int](n: N) -> N:
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits >= 0, type(fact).__name__)
# Methods, super(), nested generics, closures.
class Base:
    def hello(self): return "base"
class Sub[T](Base):
    def hello[U](self, u: U) -> str:
        return super().hello() + f"+{u}"
    @classmethod
    def make[S](cls, x: S) -> "Sub[S]":
        return cls()
print(Sub().hello(1), Sub.hello.__qualname__, Sub.make(3).__class__.__name__, Sub.hello.__type_params__)
def outer():
    def inner[T](x: T) -> list[T]:
        return [x]
    return inner
print(outer()(5), outer().__qualname__)
class Tree[T]:
    def __init__(self, v: T, kids: "list[Tree[T]]" = ()):
        self.v, self.kids = v, list(kids)
    def total(self) -> T:
        return self.v + sum(k.total() for k in self.kids)
print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]).total())
async def agen[T](x: T):
    return x
import asyncio
print(asyncio.run(agen(7)))
from dataclasses import dataclass
@dataclass
class Pair[A, B]:
    a: A
    b: B
print(Pair(1, "x"), Pair.__type_params__)
class A: pass
A.__name__ = "B"; A.__qualname__ = "X.B"
print(A, A.__name__, "__name__" in A.__dict__, A.__qualname__)
try:
    A.__name__ = 3
except TypeError as e: print(e)
