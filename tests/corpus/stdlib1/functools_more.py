import functools
import operator
from functools import partial, lru_cache, reduce, wraps


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name, punct="."):
        return self.greeting + " " + name + punct


g = Greeter("hi")
hello = partial(Greeter.greet, g, punct="!")
print(hello("ann"), hello("bob", punct="?"))
p = partial(dict, a=1)
print(p(b=2), p(a=3), p())
p2 = partial(p, c=3)
print(p2(), p2.func is dict, p2.keywords)
p.attr = 5
print(p.attr, p(z=0))
p3 = partial(p, 9) if False else partial(sorted, reverse=True)
print(p3([3, 1, 2]), p3([3, 1, 2], reverse=False))
print(callable(p3), isinstance(p3, partial))
try:
    p3.func = len
except AttributeError as e:
    print("AttributeError")

hits = []


@lru_cache(maxsize=3)
def sq(x):
    hits.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(x)
print(hits, sq.cache_info())
sq.cache_clear()
print(sq(2), hits[-1], sq.cache_info())


@lru_cache(maxsize=None, typed=False)
def add(a, b=0):
    return a + b


print(add(1, 2), add(1, b=2), add(b=2, a=1), add(1.0, 2), add.cache_info())


@lru_cache
def lst(*args):
    return len(args)


print(lst(), lst(1, 2), lst(), lst.cache_info())


def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        return f(*args, **kwds) * 2
    return wrapper


@my_decorator
def example(x):
    """Docstring"""
    return x


print(example(21), example.__name__, example.__doc__, example.__wrapped__(1))
print(reduce(lambda acc, kv: acc + kv[1], {"a": 1, "b": 2}.items(), 0), reduce(operator.or_, [{1}, {2}, {3}]))
print(reduce(operator.add, iter(["x", "y", "z"])), reduce(max, [5, 9, 2]))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) < Version(2), Version(2) > Version(1), Version(1) >= Version(1))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
del c.area
print(c.area)
print(Circle.area.__class__.__name__, Circle.area.attrname)


@functools.singledispatch
def fmt(arg):
    return f"default:{arg}"


@fmt.register
def _(arg: int):
    return f"int:{arg}"


@fmt.register(float)
@fmt.register(complex)
def _(arg):
    return f"num:{arg}"


class Base:
    pass


class Derived(Base):
    pass


@fmt.register(Base)
def _(arg):
    return "base:" + type(arg).__name__


print(fmt(1), fmt(2.5), fmt(1j), fmt("s"), fmt(Derived()), fmt(Base()), fmt(True))


class Shape:
    @functools.singledispatchmethod
    def describe(self, arg):
        return "shape-any"

    @describe.register
    def _(self, arg: int):
        return "shape-int"


print(Shape().describe(1), Shape().describe("x"))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = functools.partialmethod(set_state, True)


cell = Cell()
cell.set_alive()
print(cell._alive)
