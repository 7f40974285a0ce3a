from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext
import statistics
from fractions import Fraction

getcontext().rounding = ROUND_DOWN
rates = [Decimal("0.0013"), Decimal("0.00894")]
twodig = Decimal("0.01")
Banker = ROUND_HALF_EVEN
disttax = Decimal("0.0341")
basictax = Decimal("0.0675")

def calls():
    seed = 12345
    for i in range(400):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed % 3600, seed & 1

sumT = sumB = sumD = Decimal(0)
for n, kind in calls():
    r = rates[kind]
    p = (r * n).quantize(twodig, rounding=Banker)
    b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
    sumB += b
    t = p + b
    if kind:
        d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
        sumD += d
        t += d
    sumT += t
print(sumT, sumB, sumD)
with localcontext() as ctx:
    ctx.prec = 30
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.205"), Decimal("-0"), Decimal("1e3").normalize(), Decimal("123.4500").normalize())
xs = [2.5, 3.25, 5.0, 1.75, 9.5, 3.25]
print(statistics.mean(xs), statistics.median(xs), statistics.mode(xs), round(statistics.stdev(xs), 6))
print(statistics.pvariance(xs), statistics.median_low(xs), statistics.median_high(xs))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5).limit_denominator(10), float(Fraction(22, 7)))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.fmean([1, 2, 3]))
