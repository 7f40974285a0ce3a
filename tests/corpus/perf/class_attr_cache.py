# Attribute loads on class objects through LoadAttr's inline cache: invalidation when the
# class, a base or the metaclass changes, metaclass descriptors first, binding kinds.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def loop(n):
    t = 0
    for _ in range(n):
        t += Color.RED.value + (Color.GREEN is Color.GREEN) + Color.GREEN.value
    return t


print(loop(5), Color.RED.name, Color.GREEN, Color["RED"] is Color.RED)


class A:
    K = 1

    def f(self):
        return "f"

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return "class " + cls.__name__


class B(A):
    pass


def read(cls):
    return cls.K


def show(cls):
    return [cls.K, cls.f(None), cls.s(), cls.c(), cls.__name__]


for _ in range(2):
    print(read(A), read(B), show(A), show(B))

# Changes after the sites have been filled: the class, then a base under a subclass.
A.K = 10
print(read(A), read(B))
B.K = 20
print(read(A), read(B))
del B.K
print(read(A), read(B))
A.s = staticmethod(lambda: "new static")
A.c = classmethod(lambda cls: "new class " + cls.__name__)
print(show(A), show(B))
del A.K
for cls in (A, B):
    try:
        read(cls)
    except AttributeError as e:
        print("AttributeError:", e)
A.K = 30
print(read(A), read(B))


# A site that sees a class and an instance of it, and several classes.
class C:
    K = "class K"

    def __init__(self):
        self.K = "instance K"


def either(objs):
    return [o.K for o in objs]


for _ in range(2):
    print(either([C, C(), C, A, B, C()]))


# Metaclass data descriptors come before the class's attributes; plain metaclass attributes
# after them; `__getattr__` and `__getattribute__` on the metaclass.
class Meta(type):
    @property
    def P(cls):
        return "meta property of " + cls.__name__

    M = "meta attribute"
    K = "meta K"

    def __getattr__(cls, name):
        return "meta getattr " + name


class D(metaclass=Meta):
    P = "class P"
    K = "class K"


def meta_reads(cls):
    return [cls.P, cls.K, cls.M, cls.missing]


for _ in range(2):
    print(meta_reads(D))
Meta.K = property(lambda cls: "meta K property")
print(meta_reads(D))
del Meta.P
print(meta_reads(D))


class Loud(type):
    def __getattribute__(cls, name):
        if name == "X":
            return "intercepted"
        return super().__getattribute__(name)


class L(metaclass=Loud):
    X = "class X"
    Y = "class Y"


print([(L.X, L.Y) for _ in range(2)])


# A class attribute that is a descriptor runs its `__get__` at every access.
class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, owner):
        self.n += 1
        return self.n


class H:
    count = Counter()
    __name__ = "not the name"


print([H.count for _ in range(3)], H.__name__)
Counter.__get__ = lambda self, obj, owner: "replaced"
print([H.count for _ in range(2)])
