import math
from fractions import Fraction as F


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(F(3, 4), repr(F(3, 4)), F(6, 8), F(-6, 8), F(6, -8), F(0, 5), F(7), F())
print(F("3/4"), F(" -12/18 "), F("1.25"), F("-.5"), F("2e3"), F("1.5e-2"), F("1_000/3"), F("+7"))
print(F(0.5), F(0.1), F(-2.75), F(1e20), F(F(2, 3)), F(F(1, 2), F(3, 4)), F(True))
print(F(3, 4).numerator, F(3, 4).denominator, F(-3, 4).as_integer_ratio(), F(4, 2).is_integer())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 1.0 - a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2), a ** 0.5)
print(F(9, 4) ** F(1, 2), F(2) ** F(-1), (-a) ** 3)
print(a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, a != b, F(1, 2) == "1/2")
print(a < b, a > b, a <= F(1, 3), b >= a, a < 1, a > 0.3, a < 0.34, 1 > a, 0.3 < a, a < math.inf, a > -math.inf, a < math.nan)
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1)]), max(F(5, 2), 2), min(F(5, 2), 3.0))
print(float(F(1, 3)), int(F(7, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(8, 3)), round(F(22, 7), 2), round(F(1234, 1), -2))
print(bool(F(0)), bool(F(1, 9)), hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), hash(F(-1)) == hash(-1))
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator())
print(F(3, 10).limit_denominator(3), F("0.333").limit_denominator(10), F(1, 7).limit_denominator(100))
print(F.from_float(0.25), F.from_float(3), sum([F(1, n) for n in range(1, 11)]))
print({F(1, 2): "half"}[F(2, 4)], F(1, 2) in {0.5}, str(F(-5, 1)), f"{F(3, 8)}", f"{F(3, 8):.3f}", f"{F(1, 3):>8}")
attempt(lambda: F(1, 0))
attempt(lambda: F("1/0"))
attempt(lambda: F("abc"))
attempt(lambda: F("1/2/3"))
attempt(lambda: F("1.2.3"))
attempt(lambda: F(""))
attempt(lambda: F(1.5, 2))
attempt(lambda: F([1]))
attempt(lambda: F(math.inf))
attempt(lambda: F(math.nan))
attempt(lambda: F(1, 2) / 0)
attempt(lambda: F(0) ** -1)
attempt(lambda: F(1, 2) + "x")
attempt(lambda: F(1, 2) < "x")
attempt(lambda: F(5).limit_denominator(0))
x = F(0)
for i in range(1, 30):
    x += F(1, i * (i + 1))
print(x, float(x), x.limit_denominator(50))
print(F(10 ** 20 + 1, 3 * 10 ** 20), float(F(10 ** 30, 7)))
