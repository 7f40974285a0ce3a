# One attribute / method site seeing instances of several classes (a base-class method run on
# subclasses' instances), while the classes, instances and hooks change between calls.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get_v(self):
        return self.v

    def get_kind(self):
        return self.kind

    def call_m(self):
        return self.m()

    def set_w(self, w):
        self.w = w
        return self.w

    def m(self):
        return "Base.m"


class A(Base):
    def m(self):
        return "A.m"


class B(Base):
    kind = "b"

    def __init__(self, v):
        self.extra = 0
        self.v = v


class C(Base):
    def m(self):
        return "C.m"


class D(B):
    pass


def sweep(objs, label):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.get_v(), o.get_kind(), o.call_m()))
    print(label, out)


objs = [A(1), B(2), C(3), D(4), Base(5)]
for _ in range(3):
    sweep(objs, "start")

# A class attribute changes: the cached plain attribute must not survive.
A.kind = "a!"
sweep(objs, "A.kind set")
del A.kind
sweep(objs, "A.kind deleted")

# A method is replaced on a subclass, then on the base.
B.m = lambda self: "B.m new"
sweep(objs, "B.m set")
Base.m = lambda self: "Base.m new"
sweep(objs, "Base.m set")
del B.m
sweep(objs, "B.m deleted")

# An instance attribute shadows a class method and a class attribute.
objs[2].m = lambda: "instance m"
objs[2].kind = "instance kind"
sweep(objs, "C instance shadows")
del objs[2].m
sweep(objs, "C instance unshadowed")

# A data descriptor (property) added to a class that the site saw as plain.
C.v = property(lambda self: "prop v")
sweep(objs, "C.v property")
del C.v
sweep(objs, "C.v property removed")

# A non-data descriptor on the class does not beat the instance attribute.
class NonData:
    def __get__(self, obj, owner):
        return "nondata"


D.v = NonData()
sweep(objs, "D.v non-data")
del objs[3].v
sweep(objs, "D instance v deleted")
objs[3].v = 44


# __getattr__ added to a class: only missing names reach it.
def ga(self, name):
    return "ga:" + name


A.__getattr__ = ga
a = objs[0]
print(a.get_v(), a.nothing_here)
del A.__getattr__
try:
    a.nothing_here
except AttributeError as e:
    print("AttributeError", e)

# __getattribute__ on a subclass takes over every load at the shared sites.
E_calls = []


class E(Base):
    def __getattribute__(self, name):
        E_calls.append(name)
        return object.__getattribute__(self, name)


objs.append(E(6))
sweep(objs, "with E")
print(sorted(set(E_calls)))

# Stores at a shared site: __slots__, __setattr__ and a property setter.


class S(Base):
    __slots__ = ("v",)


class H(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("hooked", value))


class P(Base):
    @property
    def w(self):
        return self._w * 10

    @w.setter
    def w(self, value):
        self._w = value


for o in [A(1), B(2), H(3), P(4), A(5), P(6)]:
    print(type(o).__name__, o.set_w(7))
try:
    S(1).set_w(2)
except AttributeError as e:
    print("slots:", e)

# __class__ reassignment between calls.
x = A(10)
print(x.call_m(), x.get_kind())
x.__class__ = C
print(x.call_m(), x.get_kind())
x.__class__ = B
print(x.call_m(), x.get_kind())

# Many classes through one site (more than the polymorphic block holds).
classes = [type("K%d" % i, (Base,), {"kind": "k%d" % i, "m": (lambda i: lambda self: i)(i)}) for i in range(9)]
insts = [k(i) for i, k in enumerate(classes)]
for _ in range(3):
    print([(o.get_v(), o.get_kind(), o.call_m()) for o in insts])
classes[4].kind = "changed"
classes[7].m = lambda self: "seven"
print([(o.get_v(), o.get_kind(), o.call_m()) for o in insts])
