# Decimal addition across exponents and signs, results at the precision's edge, quantize
# with rounding modes and a result too long for the precision.
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, localcontext

vals = ["1.5", "-2.25", "0.001", "-0", "0", "123456789012345678901234567.8", "9" * 28, "-1E+5", "3.14159"]
for a in vals:
    for b in vals[::2]:
        print(a, b, Decimal(a) + Decimal(b), Decimal(a) - Decimal(b))
print(Decimal("9" * 28) + 1, Decimal("9" * 27) + Decimal("0.5"))
for r in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP):
    print([str(Decimal(x).quantize(Decimal("0.01"), rounding=r)) for x in ("2.675", "-2.665", "1.005", "7")])
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal("123.456") + Decimal("0.0001"), Decimal(1) / 7)
    ctx.traps[InvalidOperation] = False
    print(Decimal("123456.7").quantize(Decimal("0.01")))
try:
    Decimal("1" * 30).quantize(Decimal("0.1"))
except InvalidOperation as e:
    print("InvalidOperation")
