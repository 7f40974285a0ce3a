# Method calls on class objects (`C.static(...)`, `C.clsmethod(...)`) from the same call
# site over and over, while classes change under it.


class Base:
    tag = "base"

    @staticmethod
    def stronger(a, b):
        return a < b

    @classmethod
    def make(cls, v):
        return (cls.__name__, cls.tag, v)

    def plain(self):
        return "plain", self


class Child(Base):
    tag = "child"


def run(classes):
    out = []
    for c in classes:
        out.append(c.stronger(1, 2))
        out.append(c.make(3))
        out.append(c.plain(7))
    return out


print(run([Base, Child, Base, Child]))
Base.make = classmethod(lambda cls, v: ("replaced", cls.__name__, v))
print(run([Base, Child]))
Child.make = staticmethod(lambda v: ("static now", v))
print(run([Base, Child]))
del Child.make
Base.stronger = lambda a, b: "plain function now"
print(run([Child, Base]))


class Meta(type):
    def make(cls, v):
        return ("meta", cls.__name__, v)


class WithMeta(metaclass=Meta):
    @classmethod
    def other(cls, v):
        return ("other", cls.__name__, v)


class WithMetaSub(WithMeta):
    pass


for _ in range(3):
    print(WithMeta.make(1), WithMeta.other(2), WithMetaSub.other(3))


class D(dict):
    pass


for _ in range(3):
    print(D.fromkeys("ab", 0), type(D.fromkeys("c")).__name__, dict.fromkeys([1]))


class Shadow:
    @classmethod
    def f(cls):
        return "class method"


for i in range(4):
    if i == 2:
        Shadow.f = staticmethod(lambda: "static method")
    print(Shadow.f())
try:
    Base.make()
except TypeError as e:
    print(e)
