import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 0), reduce(max, [3], 0))
print(reduce(lambda a, b: a + [b], "abc", []))
for f in [lambda: reduce(1), lambda: reduce(lambda a, b: a, []), lambda: reduce(1, 2), lambda: partial(),
          lambda: partial(1), lambda: lru_cache("a"), lambda: reduce(lambda a, b: a, [], initial=1),
          lambda: total_ordering(type("A", (), {})), lambda: partial(max)(), lambda: lru_cache(maxsize=1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *, c=3):
    return a + b + c


p = partial(f, 1, c=5)
print(p.func is f, p.args, p.keywords, type(p), p(), p(b=10), p(3, c=0))
print(repr(p).startswith("functools.partial(<function f at "), repr(p).endswith(", 1, c=5)"))
print(partial(partial(f, 1), 2).args, partial(max, 1, 2, key=abs).keywords, partial(len)("abc"))
print(repr(partial(len)), repr(partial(max, 1, key=abs)))
pp = partial(partial(f, c=1), 1)
print(pp.func is f, pp.args, pp.keywords, pp())
print(list(map(partial(pow, 2), range(5))))
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)


class MyPartial(partial):
    pass


mp = MyPartial(f, 10)
print(mp(), type(mp).__name__, isinstance(mp, partial))

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def sq(x):
    """Square it."""
    return x * x


print([sq(i % 3) for i in range(10)], sq.cache_info(), sq.__name__, sq.__doc__, sq.__wrapped__(4))
print(sq.cache_parameters(), type(sq).__name__)


@lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x


for x in [1, 2, 1, 3, 2, 1, 1]:
    ident(x)
print(ident.cache_info())


@lru_cache(maxsize=10, typed=True)
def t(x):
    return type(x).__name__


print(t(1), t(1.0), t(True), t.cache_info())


@lru_cache(maxsize=10)
def u(x):
    return type(x).__name__


print(u(1), u(1.0), u(True), u.cache_info())


@lru_cache(maxsize=0)
def z(x):
    return x


print(z(1), z(1), z.cache_info())


@lru_cache()
def kw(a, b=1, *, c=2):
    return a + b + c


print(kw(1), kw(1, 1), kw(1, b=1), kw(1, c=2), kw(a=1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info())


class C:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=16)
    def m(self, x):
        return self.k * x

    @cached_property
    def expensive(self):
        print("computing expensive")
        return self.k ** 2


c1, c2 = C(2), C(3)
print(c1.m(5), c2.m(5), c1.m(5), C.m.cache_info())
print(c1.expensive, c1.expensive, c2.expensive, "expensive" in c1.__dict__)
c1.expensive = 100
print(c1.expensive, type(C.__dict__["expensive"]).__name__)


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@deco
def hello(name):
    """Say hello."""
    return "hello " + name


print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)


def plain():
    pass


plain.extra = 42


def w2():
    pass


functools.update_wrapper(w2, plain)
print(w2.__name__, w2.extra, w2.__wrapped__ is plain)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(1) >= V(2), V(3) >= V(3), V(1) > V(1))


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(G(1) < G(2), G(1) <= G(1), G(2) > G(1), G(1) >= G(2), sorted([G(3), G(1), G(2)], key=lambda g: g).__len__())


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted("banana", key=cmp_to_key(lambda a, b: cmp(b, a))))
print(max([3, 1, 2], key=cmp_to_key(cmp)), min(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))


@singledispatch
def show(x):
    return "object " + repr(x)


@show.register(int)
def _(x):
    return "int " + str(x)


@show.register
def _(x: list):
    return "list of " + str(len(x))


show.register(str, lambda x: "str " + x)
print(show(1), show(True), show("s"), show([1, 2]), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.__name__, len(show.registry))
try:
    show()
except TypeError as e:
    print("TypeError", e)
