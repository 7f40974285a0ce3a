# Attribute and method sites that see several classes and shapes in turn (a base-class method
# running on instances of different subclasses), while classes change under them.

class Base:
    kind = "base"
    def describe(self):
        return (self.kind, self.x, self.name())
    def name(self):
        return "Base"
    def bump(self):
        self.x = self.x + 1
        self.seen = True

class A(Base):
    kind = "a"
    def __init__(self):
        self.x = 1
    def name(self):
        return "A"

class B(Base):
    def __init__(self):
        self.y = 0
        self.x = 10
    def name(self):
        return "B"

class C(Base):
    __slots__ = ("x", "seen")
    def __init__(self):
        self.x = 100

objs = [A(), B(), C(), A(), B(), C()]
for round in range(4):
    for o in objs:
        o.bump()
    print(round, [o.describe() for o in objs])
    if round == 0:
        B.kind = "b"
    elif round == 1:
        A.name = lambda self: "A2"
    elif round == 2:
        # A property on one subclass now intercepts the reads and the writes of `x`.
        C.x = property(lambda self: -1, lambda self, v: None)
        del Base.name
        Base.name = lambda self: "Base2"

# One site, instances whose own attribute shadows a class attribute on some classes only.
class P:
    v = "class P"
class Q:
    pass
p, q = P(), Q()
q.v = "instance q"
p2 = P()
p2.v = "instance p2"
for o in [p, q, p2, p, q]:
    print(o.v)

# Missing attributes still raise AttributeError from a site that has cached others.
for o in [A(), B(), object()]:
    try:
        print(o.y)
    except AttributeError as e:
        print("AttributeError:", e)
