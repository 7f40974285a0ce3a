# Attribute stores that add attributes to fresh instances (the shape-transition path),
# and what must still take the general path after the stores have been cached.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = x + y


def build(cls, n):
    return [cls(i, i * 2) for i in range(n)]


pts = build(Point, 5)
print([(p.x, p.y, p.z) for p in pts])
print(pts[3].__dict__)

# A __setattr__ added to the class after instances were built through the cached path.
log = []


def tracing_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


Point.__setattr__ = tracing_setattr
p = Point(1, 2)
print(p.x, p.y, p.z, log)
print(p.__dict__)
del Point.__setattr__
q = Point(3, 4)
print(q.x, q.y, q.z, q.__dict__)

# A property with a setter added after the stores were cached.
def get_y(self):
    return ("got", self._y)


def set_y(self, v):
    self._y = v + 100


Point.y = property(get_y, set_y)
r = Point(5, 6)
print(r.x, r.y, r.z, r.__dict__)
del Point.y
s = Point(7, 8)
print(s.y, s.__dict__)


# A user data descriptor (`__set__`) added after the stores were cached.
class Upper:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, str(value).upper())


upper = Upper()
upper.__set_name__(Point, "x")
Point.x = upper
t = Point("ab", "cd")
print(t.x, t.y, t.z, t.__dict__)
del Point.x
u = Point(1, 1)
print(u.__dict__)


# Two classes sharing one store site.
class A:
    pass


class B:
    pass


def fill(obj, a, b):
    obj.first = a
    obj.second = b
    return obj


objs = [fill(A() if i % 2 else B(), i, -i) for i in range(6)]
print([(type(o).__name__, o.__dict__) for o in objs])
a2 = fill(A(), "x", "y")
a2.third = 3
b2 = fill(B(), "p", "q")
print(a2.__dict__, b2.__dict__, hasattr(b2, "third"))


# Deleting an attribute then adding it again (and again through the cached path).
class D:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


for _ in range(3):
    d = D()
    del d.b
    print(d.__dict__, hasattr(d, "b"))
    d.b = 20
    print(d.__dict__, d.b)
    e = D()
    print(e.__dict__)
try:
    del e.zz
except AttributeError as exc:
    print("AttributeError:", exc)


# __slots__: stores to slots through the cached path, and a name not in the slots.
class S:
    __slots__ = ("a", "b", "c", "d")

    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


class S2(S):
    __slots__ = ("e",)

    def __init__(self):
        super().__init__(1, 2, 3, 4)
        self.e = 5


for i in range(4):
    s = S(i, i + 1, i + 2, i + 3)
    print(s.a, s.b, s.c, s.d)
s.a = "changed"
print(s.a, hasattr(s, "__dict__"))
del s.b
try:
    print(s.b)
except AttributeError as exc:
    print("AttributeError:", exc)
s.b = "back"
print(s.b)
for _ in range(2):
    try:
        s.other = 1
    except AttributeError as exc:
        print("AttributeError:", exc)
s2 = S2()
print(s2.a, s2.e)
try:
    s2.f = 6
except AttributeError as exc:
    print("AttributeError:", exc)


def store_other(obj):
    obj.other = 1


store_other(Point(0, 0))
for _ in range(2):
    try:
        store_other(S(1, 2, 3, 4))
    except AttributeError as exc:
        print("AttributeError:", exc)


# Many attributes (past the first allocation's size) and a __dict__ read after each store.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
            self.last = i


for n in (1, 3, 12):
    m = Many(n)
    print(len(m.__dict__), m.last, list(m.__dict__)[:4])
w = Many(2)
w.__dict__["extra"] = "via dict"
w.late = "late"
print(w.__dict__, w.extra)
