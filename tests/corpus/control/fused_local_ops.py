# Sequences the compiler fuses (local + small int / local arithmetic and comparisons that
# branch, local attribute loads), on their fast paths and every way off them.

class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Num(self.n + (other.n if isinstance(other, Num) else other))

    def __lt__(self, other):
        print("Num.__lt__", self.n, other)
        return self.n < (other.n if isinstance(other, Num) else other)

    def __repr__(self):
        return f"Num({self.n})"


def arith(a, b):
    out = []
    out.append(a + 1)
    out.append(a - 2)
    out.append(a * 3)
    out.append(a // 2)
    out.append(a % 5)
    out.append(a + b)
    out.append(a * b)
    out.append(a - b)
    out.append(a / 4)
    out.append(a ** 2)
    c = a
    c += 1
    c -= b
    out.append(c)
    return out


print(arith(7, 3))
print(arith(7.5, 2.5))
print(arith(-7, 3))
print(arith(2**63 - 1, 2**62))
print(arith(-(2**63), -1))
print(arith(True, False))
print(arith(10**30, 1))
print(arith(Num(4), Num(1)) if False else (Num(4) + 1, Num(4) + Num(2)))
print(arith(7, 3.5))


def compare(a, b):
    res = []
    if a < 2:
        res.append("a<2")
    if a <= b:
        res.append("a<=b")
    if a > 10:
        res.append("a>10")
    if a >= b:
        res.append("a>=b")
    if a == b:
        res.append("a==b")
    if a != 3:
        res.append("a!=3")
    if a is b:
        res.append("a is b")
    if a is not b:
        res.append("a is not b")
    return res


for a, b in [(1, 1), (5, 3), (3, 5), (11, 11), (1.5, 1.5), (2, 2.0), (True, 1), ("x", "y"), (Num(1), 5)]:
    try:
        print(a, b, compare(a, b))
    except TypeError as e:
        print("TypeError:", e)


def count(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i = i + 1
    return total, i


print(count(10), count(0), count(-3), count(2.5))


def unbound_first():
    if False:
        x = 1
    return x + 1


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def unbound_compare():
    if False:
        k = 0
    while k < 3:
        pass


def unbound_attr():
    if False:
        o = None
    return o.v


for f, args in [(unbound_first, ()), (unbound_second, (False,)), (unbound_second, (True,)), (unbound_compare, ()), (unbound_attr, ())]:
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)


def attrs(b, items):
    total = 0
    for it in items:
        total += it.v
    m = b.get
    return total, b.v, m(), b.get()


print(attrs(Box(3), [Box(1), Box(2), Box(4)]))
try:
    attrs(Box(1), [Box(1), 5])
except AttributeError as e:
    print("AttributeError:", e)


def mixed(x):
    # A comparison whose result is not a bool, then branched on.
    if x < 5:
        return "small"
    return "big"


print(mixed(Num(3)), mixed(Num(9)), mixed(4), mixed(4.5), mixed(6.0))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def join_points(flag, i, j):
    # Jumps land in the middle of fusable sequences (after a conditional expression).
    out = []
    while (i if flag else j) < 3:
        out.append((i if flag else j) + 1)
        i, j = i + 1, j + 2
    return out, (flag and i) - 1, (i or j) * 2


print(join_points(True, 0, 0), join_points(False, 0, 0), join_points(0, -1, -1))
