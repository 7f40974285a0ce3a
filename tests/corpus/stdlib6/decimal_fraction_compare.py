# Decimal compares exactly with Fraction (any numbers.Rational), both ways round,
# and statistics of Decimals converts its Fraction total back with a division.
from decimal import Decimal
from fractions import Fraction
import statistics

print(Decimal("1.5") < Fraction(7, 4), Fraction(5, 4) < Decimal("1.5"))
print(Decimal("1.5") == Fraction(3, 2), Fraction(3, 2) == Decimal("1.5"), Decimal("0.3") == Fraction(1, 3))
print(Decimal("0.5") >= Fraction(1, 3), Decimal("-0.5") <= Fraction(-1, 2), Decimal("1") > Fraction(99, 100))
print(Decimal("Infinity") > Fraction(10**30), Decimal("-Infinity") < Fraction(-1, 10**30), Decimal("NaN") == Fraction(1))
print(sorted([Decimal("1.5"), 1, 2.25, Fraction(5, 4), Decimal("-2"), Fraction(-3, 2)]))
print(max(Fraction(2, 3), Decimal("0.6667")), min(Decimal("0.6666"), Fraction(2, 3)))
try:
    Decimal("NaN") < Fraction(1, 2)
except Exception as e:
    print(type(e).__name__)
print(statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.mean([Decimal("1"), Decimal("2"), Decimal("2")]))
print(statistics.fmean([Decimal("1.5"), Decimal("2")]), statistics.median([Decimal("3"), Decimal("1")]))
print(statistics.variance([Decimal("1.5"), Decimal("2.5"), Decimal("2.5")]), statistics.stdev([Decimal(1), Decimal(3)]))
from decimal import localcontext
for data in ([Decimal("1.5"), Decimal("2.5"), Decimal("2.5")], [Decimal(2), Decimal(4), Decimal(4), Decimal(5)], [Decimal("0.001"), Decimal("0.002")], [Decimal(7)] * 3):
    print(statistics.pstdev(data), statistics.pvariance(data), statistics.stdev(data) if len(set(data)) > 1 else "-")
with localcontext() as ctx:
    ctx.prec = 6
    print(statistics.stdev([Decimal(1), Decimal(2), Decimal(4)]), statistics.pstdev([Decimal(1), Decimal(3)]))
