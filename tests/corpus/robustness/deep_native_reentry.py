# A huge recursion limit must not let re-entries through builtins (or the VM's own recursion
# over nested containers) overflow the host stack: each case raises RecursionError.
# (Recursion through a sorted() key, nested hashing and nested map() iterators crash
# CPython 3.13 itself; runtime/tests/wasm.test.mjs covers them.)
import sys
sys.setrecursionlimit(1000000)


class B:
    def __bool__(self):
        return not self


class I:
    def __index__(self):
        return [1][self]


class G:
    def __getattr__(self, n):
        return getattr(self, n)


class D(dict):
    def __missing__(self, k):
        return self[k]


class E:
    def __eq__(self, o):
        return E() == o


class H:
    def __hash__(self):
        return hash(H())


class R:
    def __repr__(self):
        return repr(R())


class L:
    def __len__(self):
        return len(L())


def mapped(k):
    return list(map(mapped, [k]))


def gen():
    yield next(gen())


def nested(make, n=20000):
    v = make(None)
    for _ in range(n):
        v = make(v)
    return v


cases = [
    ("__bool__ via not", lambda: not B()),
    ("__index__", lambda: [1][I()]),
    ("__getattr__", lambda: G().x),
    ("__missing__", lambda: D()[1]),
    ("__eq__", lambda: E() == 1),
    ("__hash__", lambda: hash(H())),
    ("__repr__", lambda: repr(R())),
    ("__len__", lambda: len(L())),
    ("map", lambda: mapped(1)),
    ("next(generator)", lambda: next(gen())),
    ("nested lists ==", lambda: nested(lambda v: [v]) == nested(lambda v: [v])),
    ("nested tuples <", lambda: nested(lambda v: (v,)) < nested(lambda v: (v,))),
    ("nested dicts ==", lambda: nested(lambda v: {1: v}) == nested(lambda v: {1: v})),
]
for name, f in cases:
    try:
        f()
        print(name, "no error")
    except RecursionError:
        print(name, "RecursionError")
