"""Statistics/fractions/decimal arithmetic report with float and big-int formatting."""
import statistics
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext
import math

def series(n):
    xs = []
    v = 1
    for i in range(n):
        v = (v * 1103515245 + 12345) % 2147483648
        xs.append(v % 1000 / 7)
    return xs

def fractions_part():
    h = Fraction(0)
    for k in range(1, 60):
        h += Fraction(1, k)
    print("H59 =", h.numerator % 10**12, h.denominator % 10**12, float(h))
    f = Fraction(355, 113)
    print(f, repr(f), f.limit_denominator(10), round(f, 3), math.floor(f), f ** 2, f ** -1)
    print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.1), Fraction(1, 3) + 0.5)
    print(f"{Fraction(22, 7):.5f}", Fraction(-7, 3) // 2, Fraction(-7, 3) % 2, divmod(Fraction(7, 2), Fraction(1, 3)))
    print(Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(5).is_integer())

def decimal_part():
    getcontext().prec = 28
    total = Decimal(0)
    for i in range(1, 2000):
        price = Decimal(i) / Decimal(7)
        total += price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print("total", total, total.as_tuple().exponent)
    d = Decimal("1234567.891")
    print(f"{d:,.2f}", f"{d:>15.1f}", f"{d:e}", d.quantize(Decimal("1.0"), rounding=ROUND_HALF_EVEN))
    print(Decimal(2).sqrt(), Decimal(1) / Decimal(3), Decimal("1.10") + Decimal("2.205"), Decimal("0.1") * 3)
    with localcontext() as ctx:
        ctx.prec = 50
        print(Decimal(1).exp(), Decimal(10).ln())
    print(Decimal("-0"), Decimal("1e5").normalize(), Decimal("100").normalize(), Decimal(0.5), repr(Decimal("3.14")))
    print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), Decimal("NaN").is_nan(), Decimal("inf") > 10**100)
    print(sorted([Decimal("1.5"), 1, 2.25, Fraction(5, 4)]), round(Decimal("2.675"), 2), int(Decimal("-3.9")))

def stats_part():
    xs = series(20000)
    print("mean", statistics.mean(xs))
    print("fmean", statistics.fmean(xs))
    print("median", statistics.median(xs), statistics.median_low(xs), statistics.median_high(xs))
    print("pstdev", statistics.pstdev(xs[:500]))
    print("stdev", statistics.stdev(xs[:500]), "variance", statistics.variance(xs[:500]))
    ys = [int(x) % 13 for x in xs]
    print("mode", statistics.mode(ys), statistics.multimode(ys[:40]))
    print("quantiles", statistics.quantiles(xs[:999], n=4))
    print("harmonic", statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 2, 4, 8]))
    print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]))
    print(statistics.correlation(xs[:300], ys[:300]), statistics.linear_regression(list(range(10)), [2 * i + 1 for i in range(10)]))

def floats_part():
    vals = [0.1 + 0.2, 1 / 3, 2.5, 3.5, -0.0, 1e16, 1e-7, 123456789.123456789, 2 ** 0.5, 1e300 * 1e10, 5e-324]
    for v in vals:
        print(repr(v), str(v), f"{v:.3g}|{v:12.4e}|{v:+.2f}|{v:%}" if math.isfinite(v) else v, round(v, 2) if math.isfinite(v) else "")
    print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5678, -2), round(7, -1))
    print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7.0 % -3, math.fmod(-7, 3), pow(3, 200, 1000007), pow(5, -1, 97))
    big = 3 ** 400 - 7 ** 150
    print(big % 10**20, big.bit_length(), len(str(big)), f"{big:.3e}", hex(big)[:20], (-big).to_bytes(80, "big", signed=True)[:6])
    print(int.from_bytes(b"\x01\x02\xff", "little"), (1024).to_bytes(4, "big"), (255).bit_count(), f"{12345678901234567890:,}", f"{255:#010b}", f"{-255:_x}")
    print(float.hex(1.5), float.fromhex("0x1.8p3"), (0.75).as_integer_ratio(), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
    print(math.comb(60, 30), math.perm(10, 3), math.factorial(25), math.gcd(2**40, 6**20), math.lcm(12, 18, 30), math.isqrt(10**30 + 12345))
    print(f"{math.pi:.15f}", f"{math.e:<12.5}|", f"{1e22:f}", f"{1.0:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}", str(1e16), str(123e-20))

def main():
    for _ in range(25):
        xs = series(20000)
        s = statistics.fmean(xs)
    fractions_part()
    decimal_part()
    stats_part()
    floats_part()

main()
