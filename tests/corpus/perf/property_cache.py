# Property getters through LoadAttr's inline cache: run as frames of the loop, with the
# general path's semantics for overrides, shadowing, hooks and class changes.
import traceback


class P:
    def __init__(self, v):
        self._v = v

    @property
    def x(self):
        return self._v * 2


class Q(P):
    @property
    def x(self):
        return -self._v


class R(P):
    pass


def read(objs):
    return [o.x for o in objs]


ps = [P(1), Q(2), R(3), P(4)]
for _ in range(3):
    print(read(ps))

# An instance's own entry of the same name does not hide a data descriptor.
p = P(5)
p.__dict__["x"] = "own"
print(p.x, p.__dict__)
for _ in range(3):
    print(p.x)

# A class change after the site has been filled.
def get(o):
    return o.x

print(get(p), get(p))
P.x = property(lambda self: "lambda " + str(self._v))
print(get(p), get(P(6)))
P.x = "plain"
print(get(P(7)), get(p))
del P.x
try:
    get(P(8))
except AttributeError as e:
    print("AttributeError:", e)
P.x = property(lambda self: self._v + 100)
print(get(P(9)), get(Q(9)), get(R(9)))

# A base class changed under a subclass.
class Base:
    @property
    def y(self):
        return "base"


class Derived(Base):
    pass


d = Derived()
print([d.y for _ in range(2)])
Base.y = property(lambda self: "changed")
print([d.y for _ in range(2)])
Derived.y = property(lambda self: "derived")
print([d.y for _ in range(2)])

# No getter, a getter with defaults, closures, a getter calling another property.
class S:
    w = property(None, lambda self, v: None)

    @property
    def k(self, extra=10):
        return extra

    def make(n):
        def get(self):
            return n + self.k
        return property(get)

    m = make(5)

    @property
    def chain(self):
        return self.m + self.k


s = S()
for _ in range(2):
    try:
        s.w
    except AttributeError:
        print("no getter")
    print(s.k, s.m, s.chain)

# Errors inside getters, caught at the access and by `__getattr__`.
class E:
    @property
    def bad(self):
        return 1 / 0

    @property
    def missing(self):
        return self.nothing


class G:
    @property
    def a(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr " + name


e = E()
for _ in range(2):
    try:
        e.bad
    except ZeroDivisionError as exc:
        print("ZeroDivisionError:", exc)
        print("".join(traceback.format_exception(exc)).count("1 / 0"))
    try:
        e.missing
    except AttributeError as exc:
        print("AttributeError:", exc)
    print(G().a)

# Deep recursion through a getter still ends in RecursionError.
class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).depth


print(Deep(50).depth)
try:
    Deep(100000).depth
except RecursionError:
    print("RecursionError")

# A getter that returns from inside `try`/`finally` and a generator-made value.
class T:
    @property
    def t(self):
        try:
            return "try"
        finally:
            print("finally")

    @property
    def gen(self):
        return list(i for i in range(3))


print(T().t, T().gen)
