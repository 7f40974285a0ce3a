# `super().m(...)` sites run many times: the method found through the site's cache must
# follow the class hierarchy as it changes, and anything that is not a plain function, or a
# receiver that does not fit, must take the general path with its own behaviour.


class A:
    def m(self, a):
        return ("A.m", a)

    def n(self):
        return "A.n"

    def kw(self, a, b=2, *, c=3):
        return ("A.kw", a, b, c)


class B(A):
    def m(self, a):
        return super().m(a)

    def n(self):
        return super().n()

    def kw(self, a, b=20, *, c=30):
        return super().kw(a, c=c)


class C(B):
    def m(self, a):
        return ("C", super().m(a))


b, c = B(), C()
for i in range(3):
    print(b.m(i), c.m(i), b.n(), c.n(), b.kw(i), c.kw(i, c=9))

# The base's method replaced, then removed: every site sees it.
A.m = lambda self, a: ("new A.m", a)
print(b.m(5), c.m(6))
del A.m
for obj in (b, c):
    try:
        obj.m(1)
    except AttributeError as e:
        print("AttributeError:", e)


# A method added to an intermediate class after the site ran.
class D(A):
    def n(self):
        return super().n()


class E(D):
    def n(self):
        return ("E", super().n())


e = E()
for _ in range(2):
    print(e.n())
D.n = lambda self: "D.n (patched)"
print(e.n())


# Not plain functions along the MRO: staticmethod, property.
class F(A):
    @staticmethod
    def s(x):
        return ("F.s", x)

    @property
    def p(self):
        return "F.p"


class G(F):
    def s(self, x):
        return super().s(x)

    def p(self):
        return super().p


g = G()
for _ in range(2):
    print(g.s(1), g.p())


# The same site with receivers of different classes.
class Base:
    def m(self, a):
        return ("Base.m", a)


class H(Base):
    def m(self, a):
        return ("H", super().m(a))


class H2(H):
    pass


class H3(H):
    def m(self, a):
        return ("H3", super().m(a))


for obj in [H(), H2(), H3(), H(), H3()] * 2:
    print(type(obj).__name__, obj.m(0))


# super() with a method whose self is not an instance of the class.
class J:
    def m(self):
        return super().m()


for _ in range(2):
    try:
        J.m(42)
    except TypeError as e:
        print("TypeError")


# The super object itself, used as a value rather than for an immediate call.
class K(A):
    def get(self):
        s = super()
        return type(s).__name__, s.n()

    def bound(self):
        return super().n


k = K()
for _ in range(2):
    print(k.get(), k.bound()())


# An exception raised inside the super method keeps its traceback through both frames.
class L(A):
    def n(self):
        return super().n()


class M(L):
    def n(self):
        return super().n()


A.n = lambda self: 1 / 0
try:
    M().n()
except ZeroDivisionError as e:
    tb, depth = e.__traceback__, 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("ZeroDivisionError frames:", depth)


# Deep recursion through super() still stops with RecursionError.
class R:
    def down(self, n):
        return n


class S(R):
    def down(self, n):
        return super().down(n) if n == 0 else self.down(n - 1)


try:
    S().down(10**6)
except RecursionError:
    print("RecursionError")
print(S().down(50))
