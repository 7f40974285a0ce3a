class A:
    x = 1

    def m(self):
        return 2


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class M(metaclass=Meta):
    pass


b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, (int, (str, B))), isinstance(1, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(B, object))
for args in [(1, 1), (1, (int, 1))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class C:
    def __call__(self):
        pass


print(callable(len), callable(A), callable(b.m), callable(C()), callable(b), callable(1), callable(lambda: 0))
print(getattr(b, "x"), getattr(b, "nope", "dflt"), hasattr(b, "m"), hasattr(b, "zz"))
setattr(b, "y", 5)
print(b.y, getattr(b, "y"))
delattr(b, "y")
print(hasattr(b, "y"))
try:
    getattr(b, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, "y")
except AttributeError as e:
    print(type(e).__name__, e)


class P:
    @property
    def boom(self):
        raise ValueError("inside")


try:
    hasattr(P(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(P(), "missing", 7))

b.z = 3
print(vars(b))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)


def f():
    a = 1
    bb = 2
    return sorted(locals()), dir()


print(f())


class D:
    def __init__(self):
        self.q = 1

    def meth(self):
        pass


print([n for n in dir(D()) if not n.startswith("__")])


class E:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(E()))
g = globals()
print(g["__name__"], "A" in g)
