# Operators on Python classes whose dunders run as frames of the interpreter loop: every
# step of CPython's protocol (reflected methods, NotImplemented, in-place fallback,
# comparisons' reflection, __ne__ from __eq__), errors inside dunders (tracebacks:
# operator_dunder_traceback.py), and
# the recursion limit counting those frames.
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    __rmul__ = __mul__

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return NotImplemented

    def __lt__(self, o):
        print("  Num.__lt__", self, o)
        if isinstance(o, Num):
            return self.v < o.v
        return NotImplemented

    def __gt__(self, o):
        print("  Num.__gt__", self, o)
        if isinstance(o, Num):
            return self.v > o.v
        return NotImplemented

    def __eq__(self, o):
        print("  Num.__eq__", self, o)
        if isinstance(o, Num):
            return self.v == o.v
        return NotImplemented

    __hash__ = None


print("basic")
a, b = Num(2), Num(5)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, a - b, -a, +a, ~a)
print(sum([Num(1), Num(2), Num(3)]))
x = a
x += b
print(x, a)
x -= 1
print(x)
x *= Num(2)
print(x)

print("NotImplemented both sides")
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a += 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)


class Sub(Num):
    def __radd__(self, o):
        print("  Sub.__radd__")
        return Sub(o.v * 100 + self.v) if isinstance(o, Num) else NotImplemented

    def __gt__(self, o):
        print("  Sub.__gt__", self, o)
        return "sub-gt"

    def __repr__(self):
        return f"Sub({self.v})"


class Plain(Num):
    # Inherits __radd__ without overriding it: the left operand goes first.
    def __repr__(self):
        return f"Plain({self.v})"


print("subclass reflected first")
print(Num(1) + Sub(2))
print(Sub(2) + Num(1))
print(Num(1) + Plain(2))
print(Num(1) < Sub(2))
print(Sub(3) > Num(1))


class Declines(Num):
    def __radd__(self, o):
        print("  Declines.__radd__")
        return NotImplemented

    def __repr__(self):
        return f"Declines({self.v})"


print(Num(1) + Declines(2))


class Inplace:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("  __iadd__", o)
        if o == 0:
            return NotImplemented
        self.v += o
        return self

    def __add__(self, o):
        print("  __add__", o)
        return Inplace(self.v + o + 1000)

    def __repr__(self):
        return f"Inplace({self.v})"


print("in-place")
p = Inplace(1)
q = p
p += 5
print(p, p is q)
p += 0
print(p, p is q)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


o = OnlyAdd(1)
o += 2
print(o)


print("comparisons")
print(Num(1) < Num(2), Num(3) > Num(2), Num(2) == Num(2))
print(Num(1) != Num(2), Num(2) != Num(2))
print(Num(1) == 1, Num(1) != 1)
print(Num(1) < Num(2) < Num(3), Num(1) < Num(3) < Num(2))
try:
    Num(1) < 1
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) >= Num(2)
except TypeError as e:
    print("TypeError:", e)
if Num(1) < Num(2):
    print("branch taken")
while Num(3) < Num(2):
    print("never")


class Weird:
    def __eq__(self, o):
        return [1, 2]

    def __lt__(self, o):
        return "yes"

    def __ne__(self, o):
        return 0


w = Weird()
print(w == 1, w != 1, w < 2, 2 > w)
print(not (w < 2))


class EqOnly:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print("  EqOnly.__eq__")
        if isinstance(o, EqOnly):
            return self.k == o.k
        return NotImplemented

    __hash__ = object.__hash__


e1, e2 = EqOnly(1), EqOnly(1)
print(e1 == e2, e1 != e2, e1 != EqOnly(2))
print(e1 == "x", e1 != "x", e1 == e1, e1 != e1)


class Truthy:
    def __bool__(self):
        print("  Truthy.__bool__")
        return False


class EqObj:
    def __eq__(self, o):
        return Truthy()


print(EqObj() != 1)


class Ident:
    pass


i1 = Ident()
print(i1 == i1, i1 == Ident(), i1 != i1)

print("errors in dunders")


class Bad:
    def __add__(self, o):
        return 1 / 0

    def __lt__(self, o):
        raise ValueError("no order")

    def __neg__(self):
        raise KeyError("neg")


def use_bad():
    bad = Bad()
    return bad + 1


try:
    use_bad()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Bad() < 1
except ValueError as e:
    print("ValueError:", e)
try:
    -Bad()
except KeyError as e:
    print("KeyError:", e)
print("recursion")


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Deep(self.n - 1) + o


print(Deep(50) + 7)


class Forever:
    def __add__(self, o):
        return self + o

    def __lt__(self, o):
        return self < o


try:
    Forever() + 1
except RecursionError as e:
    print("RecursionError:", e)
try:
    Forever() < 1
except RecursionError as e:
    print("RecursionError:", e)
print("after recursion", Num(1) + Num(1))

print("dunders with defaults")


class Ctx:
    def __init__(self, v):
        self.v = v

    def __add__(self, o, context=None, scale=1):
        return Ctx(self.v + o.v * scale) if context is None else NotImplemented

    def __radd__(self, o, context="r"):
        return Ctx(o + self.v * 10)

    def __lt__(self, o, strict=True):
        return self.v < o.v if strict else None

    def __neg__(self, flag=False):
        return ("neg", flag)

    def __mul__(self, o, *, times=2):
        return Ctx(self.v * o * times)

    def __repr__(self):
        return f"Ctx({self.v})"


print(Ctx(1) + Ctx(2), 5 + Ctx(3), Ctx(1) < Ctx(2), -Ctx(0), Ctx(2) * 3)
c = Ctx(1)
c += Ctx(4)
print(c)

class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return type(self)(self.v + o)

    def __eq__(self, o):
        return isinstance(o, Base) and self.v == o.v


class Derived(Base):
    def __add__(self, o):
        r = super().__add__(o * 2)
        return r

    def __eq__(self, o):
        return super().__eq__(o) and type(o) is Derived

    def __hash__(self):
        return self.v


d = Derived(1) + 3
print(type(d).__name__, d.v, d == Derived(7), d == Base(7), d != Derived(7), Base(7) == d)

print("odd dunders go the slow way")


class Odd:
    @staticmethod
    def __add__(o):
        return ("static", o)

    def __sub__(self, o, extra=10):
        return o + extra

    def __mul__(self, *args):
        return args

    def __lt__(self, o):
        yield o


print(Odd() + 1, Odd() - 1, Odd() * 2)
print(type(Odd() < 1).__name__)


class MyInt(int):
    def __add__(self, o):
        return "MyInt.__add__"

    def __neg__(self):
        return "MyInt.__neg__"


print(MyInt(3) + 1, 1 + MyInt(3), MyInt(3) - 1, -MyInt(3))


class Generic:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Generic(self.v + o.v)

    def __eq__(self, o):
        return self.v == o.v

    def __repr__(self):
        return f"G{self.v}"


print([Generic(1), Generic(2)].index(Generic(2)), Generic(1) in [Generic(0), Generic(1)])
print(f"{Generic(1) + Generic(2)!r}")
total = Generic(0)
for k in range(10):
    total = total + Generic(k)
print(total, total == Generic(45))
print(sys.getrecursionlimit() > 0)
