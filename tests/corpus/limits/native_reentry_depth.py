# Python code re-entered through a builtin (a sort key, __repr__ under repr(), __getattr__
# under getattr(), map(), __eq__ under `in`, ...) counts only its Python frames against the
# recursion limit, as in CPython: each kind recurses 900 levels at the default limit of 1000,
# and a tenfold deeper recursion raises RecursionError.
import sys
from functools import reduce


def key(k):
    return 0 if k == 0 else sorted([k - 1], key=key)[0]


def maxkey(k):
    return 0 if k == 0 else max([k - 1], key=maxkey)


def mapped(k):
    return 0 if k == 0 else list(map(mapped, [k - 1]))[0]


def reduced(k):
    return 0 if k == 0 else reduce(lambda a, b: reduced(k - 1), [1, 2])


class R:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "r" if self.n == 0 else repr(R(self.n - 1))


class S:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "s" if self.n == 0 else str(S(self.n - 1))


class G:
    def __init__(self, n):
        self.n = n

    def __getattr__(self, name):
        if self.n == 0:
            return 0
        self.n -= 1
        return getattr(self, name)


class E:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return True if self.n == 0 else E(self.n - 1) in [o]


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 0 if self.n == 0 else hash(H(self.n - 1))


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 0 if self.n == 0 else len(L(self.n - 1))


class It:
    def __init__(self, n):
        self.n = n
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        if self.n:
            list(It(self.n - 1))
        return 1


cases = [
    ("sorted key", key, 900),
    ("max key", maxkey, 900),
    ("map", mapped, 900),
    ("reduce", reduced, 450),
    ("__repr__", lambda n: repr(R(n)), 900),
    ("__str__", lambda n: str(S(n)), 900),
    ("__getattr__", lambda n: G(n).x, 900),
    ("__eq__ via in", lambda n: E(n) in [1], 900),
    ("__hash__", lambda n: hash(H(n)), 900),
    ("__len__", lambda n: len(L(n)), 900),
    ("__next__ via list()", lambda n: list(It(n)), 900),
]
print(sys.getrecursionlimit())
for name, f, n in cases:
    print(name, f(n))
    try:
        f(10 * n)
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)
