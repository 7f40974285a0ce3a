# Operators look special methods up through a per-class cache: every change to a class (or a
# base) must show at the next use, and methods of every kind must bind as before.
class Base:
    def __add__(self, other):
        return "Base.add"

class V(Base):
    def __init__(self, x):
        self.x = x
    def __getitem__(self, i):
        return ("item", i)
    def __neg__(self):
        return -self.x

a, b = V(1), V(2)
for step in range(3):
    print(a + b, a[step], -a)
V.__add__ = lambda self, other: V(self.x + other.x).x
print(a + b)
del V.__add__
print(a + b)
Base.__add__ = lambda self, other: "new Base.add"
print(a + b)
del Base.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
V.__getitem__ = staticmethod(lambda i: ("static", i))
print(a[5])
V.__getitem__ = classmethod(lambda cls, i: (cls.__name__, i))
print(a[6])
del V.__getitem__
try:
    a[0]
except TypeError as e:
    print("TypeError:", e)

def gen_getitem(self, i):
    yield i
    yield i * 2
V.__getitem__ = gen_getitem
print(list(a[4]))
V.__getitem__ = lambda self, *args: args
print(a[1], a[1, 2])
V.__getitem__ = lambda self, i, extra=10: i + extra
print(a[1])
def closure_maker(k):
    return lambda self, i: i * k
V.__getitem__ = closure_maker(7)
print(a[3])
V.__getitem__ = lambda self: 0
try:
    a[1]
except TypeError as e:
    print("TypeError:", e)

class Other:
    def __neg__(self):
        return "other neg"
objs = [V(3), Other(), V(4), Other()]
print([-o for o in objs])
Other.__neg__ = lambda self: "changed"
print([-o for o in objs])
for i in range(200):
    type(f"T{i}", (), {"__neg__": lambda self, i=i: i})
print(-a, -Other())
