# `a, b = x, y` into distinct locals stores in reverse order instead of rotating the stack;
# every other target list keeps CPython's left-to-right stores.


def swap2(a, b):
    a, b = b, a
    return a, b


def rotate3(a, b, c):
    a, b, c = c, a, b
    return a, b, c


def repeated(a, b):
    a, a = b, a + 1
    b, c, b = 1, 2, 3
    return a, b, c


class Tracked:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


def mixed(t):
    x, t.a = 1, 2
    t.b, y, t.c = 3, 4, 5
    return x, y, t.log


def with_cells():
    p, q = 1, 2

    def inner():
        return p, q

    p, q = q, p
    return inner()


g1 = g2 = 0


def globals_order():
    global g1, g2
    g2, g1 = "b", "a"
    return [k for k in globals() if k in ("g1", "g2")], g1, g2


class Ns(dict):
    def __setitem__(self, k, v):
        if k in ("u", "v", "w"):
            print("set", k, v)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Ns()


class Body(metaclass=Meta):
    u, v = 1, 2
    u, v, w = v, u, 3


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    return out


print(swap2(1, 2), rotate3(1, 2, 3), repeated(10, 20))
print(mixed(Tracked()))
print(with_cells(), globals_order())
print(Body.u, Body.v, Body.w, fib_pairs(10))
