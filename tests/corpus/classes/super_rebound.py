# Zero-argument super() when the name `super` is rebound: CPython looks the name up as usual
# and calls whatever it finds with no arguments; the built-in reads __class__ and the first
# argument from the calling frame.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B+" + super().f()

    def g(self, super=None):
        return super

    def h(self):
        sup = super
        return sup().f()

    def k(self, super):
        return super()


print(B().f(), B().g(5), B().h(), B().k(lambda: "param super"))

super = lambda *a: ("fake super", len(a))


class C(A):
    def f(self):
        return super()


print(C().f())
del super
print(C().f())


def outer():
    super = lambda: "local fake"

    class D(A):
        def f(self):
            return super()

    return D().f()


print(outer())


class E(A):
    def f(self):
        return [super().f() for _ in range(2)]

    def gen(self):
        yield super().f()

    def closure(self):
        return A.f((lambda: self)()) + "/" + super().f()


print(E().f(), list(E().gen()), E().closure())


class X:
    pass


class Y(A):
    def f(self):
        return 1


for args in [(Y, X()), (Y, 5), (Y, A()), (int, "s"), (Y, X)]:
    try:
        print(super(*args))
    except TypeError as e:
        print("TypeError:", e)
for bad in [(5, Y()), (Y, Y(), Y())]:
    try:
        super(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    super(Y, Y(), x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)


def free():
    return super()


try:
    free()
except RuntimeError as e:
    print("RuntimeError:", e)


class Z(A):
    def f(self):
        del self
        return super().f()

    def g():
        return super()

    @staticmethod
    def s():
        return super().f()


for m in [lambda: Z().f(), lambda: Z.g(), lambda: Z.s()]:
    try:
        print(m())
    except RuntimeError as e:
        print("RuntimeError:", e)


class W(A):
    def f(self):
        self = 5
        return super().f()


try:
    W().f()
except TypeError as e:
    print("TypeError:", e)
s = super(Y, Y())
print(s, super(Y, Y), s.__thisclass__, s.__self_class__, type(s.__self__).__name__)
print(super(Y, Y()).f(), super(Y, Y).f.__qualname__)
