# Method calls with keyword arguments (`obj.m(a, k=v)`): Python methods, natives, class and
# static methods, callables stored on the instance, modules, super(), and the errors.
import math


def trace(tag, v):
    print("eval", tag)
    return v


class Box:
    def __init__(self, v):
        self.v = v

    def scaled(self, k=1, *, offset=0):
        return self.v * k + offset

    def every(self, *args, sep="-", **kw):
        return sep.join(map(str, args)) + repr(sorted(kw.items()))

    def gen(self, n, step=1):
        yield from range(0, n, step)

    @classmethod
    def make(cls, v=0, twice=False):
        return cls(v * 2 if twice else v)

    @staticmethod
    def pair(a, b=2):
        return (a, b)


class Sub(Box):
    def scaled(self, k=1, *, offset=0):
        return super().scaled(k=k + 1, offset=offset) + 1000


b = Box(3)
print(b.scaled(k=2), b.scaled(2, offset=5), b.scaled(offset=1))
print(b.every(1, 2, 3, sep="+", x=1, a=2), b.every(sep="/"))
print(list(b.gen(10, step=3)), list(b.gen(n=4)))
print(Box.make(v=4, twice=True).v, b.make(v=5).v, Box.pair(1, b=9), b.pair(a=7))
print(Sub(2).scaled(k=3, offset=1))
print(Box.scaled(b, k=10), Box.scaled(self=b, k=10) if False else "")

# A callable stored on the instance is called as it is (no receiver).
b.hook = lambda x, y=0: ("hook", x, y)
print(b.hook(1, y=2))
b.bound = Box(8).scaled
print(b.bound(k=2))

# Natives and modules.
xs = [3, 1, 2]
xs.sort(key=lambda x: -x, reverse=True)
print(xs, "a,b,,c".split(sep=",", maxsplit=2), math.isclose(1.0, 1.0 + 1e-12, rel_tol=1e-9))
print(dict.fromkeys("ab", 0), "{x}-{y}".format(x=1, y=2), int.from_bytes(b"\x01\x00", byteorder="little"))

# Evaluation order: receiver, positional arguments, keyword values.
print(trace("recv", b).scaled(trace("k", 2), offset=trace("offset", 1)))


class Dyn:
    def __getattr__(self, name):
        return lambda **kw: (name, sorted(kw))


print(Dyn().anything(z=1, a=2))

for call in (
    lambda: b.scaled(k=1, zzzzz=2),
    lambda: b.scaled(2, k=3),
    lambda: b.missing(k=1),
    lambda: Box.pair(b=1),
    lambda: xs.sort(cmp=None),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
