# `super().method(...)` through LoadMethod's inline cache: the method after the class along
# the receiver's MRO, for several receiver classes at one site, and after class changes.


class A:
    def __init__(self, x):
        self.x = x

    def who(self):
        return "A"

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.__dict__) + ")"


class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.y = x * 2

    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


for _ in range(2):
    print([B(1), D(2)], B(3).who(), D(4).who(), C(5).who())

# Changes after the sites have been filled.
A.who = lambda self: "A2"
print(B(1).who(), D(2).who())
C.who = lambda self: "C2>" + super(C, self).who()
print(D(2).who())
del C.who
print(D(2).who())


def init_a(self, x):
    self.x = -x
    self.z = "new"


A.__init__ = init_a
print(B(1), D(2))


# What the cache does not take: static methods, properties, plain values, a missing name,
# `super()` in a class method, natives of built-in bases.
class E(A):
    K = "E.K"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def st():
        return "static"

    @property
    def p(self):
        return "property"


class F(E):
    def calls(self):
        return [super().st(), super().p, super().K]

    def missing(self):
        return super().nope()

    @classmethod
    def cm(cls):
        return super().make()


class G(dict):
    def get(self, k, default=None):
        return "G:" + str(super().get(k, default))


for _ in range(2):
    print(F(0).calls(), F.cm(), G(a=1).get("a"), G().get("b", 2))
    try:
        F(0).missing()
    except AttributeError as e:
        print("AttributeError:", e)
E.make = classmethod(lambda cls: "new " + cls.__name__)
E.K = "E.K2"
print(F(0).calls(), F.cm())


# An error inside the method reached through `super()`.
class H(A):
    def who(self):
        return super().who()


A.who = lambda self: 1 / 0
for _ in range(2):
    try:
        H(1).who()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
