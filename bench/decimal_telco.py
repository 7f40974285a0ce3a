# Telephone-billing style decimal arithmetic with quantize and rounding modes.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, getcontext

getcontext().prec = 28
RATE_LOCAL = Decimal("0.0013")
RATE_DIST = Decimal("0.00894")
BASIC_TAX = Decimal("0.0675")
DIST_TAX = Decimal("0.0341")
CENT = Decimal("0.01")


def durations(n):
    x = 123457
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x % 3600 + 1, x & 1


def bill(n):
    sum_t = Decimal(0)
    sum_b = Decimal(0)
    sum_d = Decimal(0)
    out = []
    for secs, distance in durations(n):
        rate = RATE_DIST if distance else RATE_LOCAL
        price = (rate * secs).quantize(CENT, rounding=ROUND_HALF_EVEN)
        btax = (price * BASIC_TAX).quantize(CENT, rounding=ROUND_DOWN)
        sum_b += btax
        total = price + btax
        if distance:
            dtax = (price * DIST_TAX).quantize(CENT, rounding=ROUND_DOWN)
            sum_d += dtax
            total += dtax
        sum_t += total
        if len(out) < 5:
            out.append(str(total))
    return sum_t, sum_b, sum_d, out


t, b, d, first = bill(160000)
print(t, b, d, first)
print((t / 7).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP), t.sqrt() if hasattr(t, "sqrt") else "")
print(Decimal("1.005").quantize(CENT, rounding=ROUND_HALF_UP), Decimal("-2.5").quantize(Decimal(1)), Decimal(10) / Decimal(3))
