class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return self
    def __abs__(self):
        return Money(abs(self.cents))
    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents
        return self
    def __pow__(self, p):
        return Money(self.cents ** p)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents})"

a = Money(150)
b = Money(75)
print(a + b, a - b, a * 3, 3 * a, a / 2, a // 4, a % 7, -a, +a, abs(-a), b ** 2)
print(a + 5, 5 + a)
print(sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
c = a
c += b
print(c, a, c is a)
print(bool(Money(0)), bool(a), "yes" if Money(0) else "no")
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[x + y for x, y in zip(self.c, o.c)])
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.c, o.c))
    def __repr__(self):
        return f"Vec{self.c}"
v = Vec(1, 2)
v += Vec(10, 20)
print(v, v @ Vec(2, 2))

class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)
