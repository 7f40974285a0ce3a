# `obj.name op= value` (LOAD_FAST; DUP; LOAD_ATTR ... SWAP; STORE_ATTR, fused in the VM) on
# every kind of attribute, at sites that see one class and several, with the errors CPython
# reports.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def bump(p, d):
    p.x += d
    p.y -= d
    p.x *= 2
    p.y //= 3
    return p.x, p.y


p = Point(5, 40)
for _ in range(3):
    print(bump(p, 1))


class Slotted:
    __slots__ = ("n", "s")

    def __init__(self):
        self.n = 1
        self.s = "a"


s = Slotted()
for i in range(4):
    s.n <<= 1
    s.s += str(i)
print(s.n, s.s)


class Temp:
    def __init__(self):
        self._c = 0
        self.log = []

    @property
    def c(self):
        self.log.append("get")
        return self._c

    @c.setter
    def c(self, v):
        self.log.append(f"set {v}")
        self._c = v


t = Temp()
for _ in range(2):
    t.c += 10
print(t.c, t.log)


class Counter:
    total = 100


k = Counter()
k.total += 1
print(k.total, Counter.total, "total" in vars(k))
Counter.total -= 50
print(k.total, Counter.total)
Counter.total -= 50
print(Counter.total)


class Traced:
    def __init__(self):
        object.__setattr__(self, "v", 1)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 10)


tr = Traced()
for _ in range(2):
    tr.v += 1
print(tr.v)


class Getattribute:
    def __init__(self):
        self.v = 3

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v + 1 if name == "v" else v


g = Getattribute()
for _ in range(2):
    g.v += 1
print(object.__getattribute__(g, "v"))


class Doubler:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class HasDesc:
    d = Doubler()


h = HasDesc()
for _ in range(3):
    h.d += 1
print(h.d, vars(h))


class Mutable:
    def __init__(self):
        self.items = [1]
        self.seen = 0

    def __iadd__(self, other):
        self.seen += 1
        self.items.append(other)
        return self


class Holder:
    def __init__(self):
        self.m = Mutable()
        self.lst = [0]


ho = Holder()
before = ho.m
ho.m += 5
ho.m += 6
ho.lst += [1, 2]
ho.lst *= 2
print(ho.m is before, ho.m.items, ho.m.seen, ho.lst)


# One site, several classes and shapes in turn.
class A:
    def __init__(self):
        self.v = 1


class B:
    def __init__(self):
        self.pad = 0
        self.v = 2.5


class C(A):
    @property
    def w(self):
        return 0


class D:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 10


def inc(o):
    o.v += 1
    return o.v


objs = [A(), B(), C(), D(), A()]
for _ in range(3):
    print([inc(o) for o in objs])
late = A()
late.extra = 1
print(inc(late), inc(objs[0]))


# An attribute the instance lacks: the class's value is read, the sum stored on the instance.
class Default:
    hits = 0


ds = [Default() for _ in range(3)]
for d in ds:
    d.hits += 1
    d.hits += 1
print([d.hits for d in ds], Default.hits)


# Errors, and what is left behind by a failed augmented assignment.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


class Empty:
    pass


e = Empty()
e.n = 1


def missing():
    e.nope += 1


def bad_operand():
    e.n += "x"


def bad_sub():
    e.n -= None


def bad_pow():
    e.n **= []


def bad_shift():
    e.n <<= 1.5


def bad_matmul():
    e.n @= 2


def bad_str():
    e.s = "a"
    e.s += 1


def bad_list():
    e.l = []
    e.l += 1


def bad_tuple():
    e.t = (1,)
    e.t += [2]


def bad_mul():
    e.f = 1.5
    e.f *= "ab"


def slot_missing():
    sl = Slotted.__new__(Slotted)
    sl.n += 1


class ReadOnly:
    @property
    def ro(self):
        return 1


def read_only():
    ReadOnly().ro += 1


def int_real():
    x = 5
    x.real += 1


def float_imag():
    x = 1.5
    x.imag += 1


def unbound():
    o.n += 1
    o = e


def frozen_slot():
    class F:
        __slots__ = ()

    f = F()
    f.z = 0


for f in (missing, bad_operand, bad_sub, bad_pow, bad_shift, bad_matmul, bad_str, bad_list,
          bad_tuple, bad_mul, slot_missing, read_only, int_real, float_imag, unbound, frozen_slot):
    attempt(f)
print(e.n, vars(e))

# Plain augmented assignment to names gives the same messages.
x = 1
try:
    x += "a"
except TypeError as err:
    print(err)
try:
    x //= "a"
except TypeError as err:
    print(err)
try:
    x %= []
except TypeError as err:
    print(err)
lst = [0]
try:
    lst[0] |= 1.0
except TypeError as err:
    print(err)
try:
    x ^= None
except TypeError as err:
    print(err)
try:
    x &= 1.0
except TypeError as err:
    print(err)
try:
    x >>= "1"
except TypeError as err:
    print(err)
try:
    x /= "1"
except TypeError as err:
    print(err)
print(x)

# Setting a read-only attribute of a built-in value.
for stmt in ("(5).real = 1", "(5).imag = 0", "(5).numerator = 2", "(5).denominator = 2",
             "(1.5).real = 1", "(1.5).imag = 1", "True.real = 1", "(10**30).real = 1",
             "[].append = 1", "'s'.foo = 1", "(1).foo = 1", "(5).bit_length = 1",
             "slice(1).start = 2", "range(3).step = 1", "(1j).real = 2"):
    try:
        exec(stmt)
    except AttributeError as err:
        print(stmt, "->", err)
