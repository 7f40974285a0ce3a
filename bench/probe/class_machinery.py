"""Class machinery: metaclasses, __init_subclass__, __set_name__, descriptors, ABCs, super()."""
import abc
import functools
from functools import total_ordering, cached_property, singledispatch, wraps, partial, reduce, lru_cache, cmp_to_key

class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls

    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by = cls.__name__
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__}>"

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Model(metaclass=Registry):
    fields = ()

    def __init_subclass__(cls, /, **kw):
        super().__init_subclass__()
        cls.fields = tuple(k for k, v in cls.__dict__.items() if isinstance(v, Field))

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

class User(Model, tag="usr"):
    name = Field(str, "")
    age = Field(int, 0)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def label(self): ...

    def describe(self):
        return f"{self.label}:{self.area():.2f}"

class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    label = "rect"

    @cached_property
    def diag(self):
        self.computed = getattr(self, "computed", 0) + 1
        return (self.w ** 2 + self.h ** 2) ** 0.5

@singledispatch
def render(x):
    return f"obj:{x!r}"

@render.register
def _(x: int):
    return f"int:{x:+d}"

@render.register(list)
def _(x):
    return "[" + ",".join(render(i) for i in x) + "]"

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner

@logged
def collatz(n):
    """Collatz steps."""
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps

@lru_cache(maxsize=256)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

def main():
    users = [User(name=f"u{i}", age=i * 3 % 50) for i in range(20000)]
    print(users[7], users[7].created_by, User.tag, Model.tag, User.fields, Registry.classes, User.name.private)
    try:
        User(age="x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
    r = Rect(3, 4)
    print(r.describe(), r.diag, r.diag, r.computed, isinstance(r, Shape), issubclass(Rect, abc.ABC), Shape.__abstractmethods__ if False else sorted(Shape.__abstractmethods__))
    print(Diamond().hello(), [c.__name__ for c in Diamond.__mro__])
    vs = sorted(Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9", "1.10"])
    print(vs, Version("1.2") <= Version("1.2.0"), Version("2") > Version("1.99"), Version[int], max(vs))
    print(render(5), render([1, "a", [2.5, -3]]), render.dispatch(bool).__name__, render.registry.keys().__len__())
    total = sum(collatz(n) for n in range(1, 12000))
    print(collatz.__name__, collatz.__doc__, collatz.calls, total, collatz.__wrapped__.__name__)
    print(partitions(45, 45), partitions.cache_info())
    partitions.cache_clear()
    print(partitions(30, 30), partitions.cache_info())
    base2 = partial(int, base=2)
    print(base2("10110"), base2.func, base2.keywords, reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(operator_add, [[1], [2]], []))
    cmp = lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
    print(sorted(["pear", "fig", "apple", "kiwi", "banana", "date"], key=cmp_to_key(cmp)))
    print(type(User), type(Registry), User.__mro__[1:], Field.__get__ is not None, vars(users[1]))
    s = sum(u.age for u in users)
    print("ages", s)

def operator_add(a, b):
    return a + b

main()
