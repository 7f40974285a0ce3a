# keyword and numbers: the keyword lists, and the numeric tower with built-in and library types.
import keyword
import numbers
from decimal import Decimal
from fractions import Fraction

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print([w for w in ["if", "print", "None", "none", "type", "_", "async"] if keyword.iskeyword(w)])

values = [True, 3, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "7", None]
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(issubclass(numbers.Integral, numbers.Complex), numbers.Real.__mro__[1].__name__)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"Meters({self.v})"


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))


class Half(numbers.Rational):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", str(e).split(" with ")[0])


class Incomplete(numbers.Integral):
    def __int__(self):
        return 4


print(sorted(Incomplete.__abstractmethods__)[:5], len(Incomplete.__abstractmethods__))
print(numbers.Integral.numerator.__get__(5), numbers.Integral.denominator.__get__(5))
print(numbers.Rational.__float__(Fraction(3, 8)), numbers.Number.__hash__)
