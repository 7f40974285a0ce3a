# type.__new__ runs the parent's __init_subclass__ with the keywords it is given, also when a
# metaclass's __new__ calls it (and drops the class keywords, as here).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, prefix="", **kw):
        print("init_subclass", cls.__name__, repr(prefix), kw)
        super().__init_subclass__(**kw)
        cls.prefix = prefix


class Child(Base, prefix="p"):
    pass


print(repr(Child.prefix))


class Plain(type):
    pass


class Base2(metaclass=Plain):
    def __init_subclass__(cls, **kw):
        print("Base2 hook", cls.__name__, kw)


class Child2(Base2, x=1):
    pass


class Passing(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base3(metaclass=Passing):
    def __init_subclass__(cls, **kw):
        print("Base3 hook", cls.__name__, kw)


class Child3(Base3, flag=True):
    pass


Dyn = type("Dyn", (Base2,), {})
print(Dyn.__name__, type(Dyn).__name__)
try:
    type("Bad", (object,), {}, x=1)
except TypeError as e:
    print("TypeError:", e)
class A(type): pass
class B(type): pass
class X(metaclass=A): pass
class Y(metaclass=B): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
try:
    type("Z", (X, Y), {})
except TypeError as e:
    print(e)
class M(type):
    def __new__(m, *a, **k):
        print("M.__new__", m.__name__)
        return super().__new__(m, *a, **k)
class P(metaclass=M): pass
Q = type("Q", (P,), {})
print(type(Q).__name__)
