# A double-entry ledger with Decimal money (contexts, quantize with rounding modes, exact
# sums) and Fraction-based interest/allocation; prints balances and exact ratios.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation
from fractions import Fraction
import math

CENT = Decimal("0.01")


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def post(self, memo, *entries):
        total = sum((amt for _, amt in entries), Decimal(0))
        if total != 0:
            raise ValueError(f"unbalanced entry {memo!r}: {total}")
        for account, amount in entries:
            self.accounts[account] = self.accounts.get(account, Decimal("0.00")) + amount
        self.journal.append((memo, entries))

    def balance(self, prefix):
        return sum((v for k, v in self.accounts.items() if k.startswith(prefix)), Decimal(0))


def allocate(amount, weights):
    """Split amount by integer weights so the parts sum exactly (largest remainder)."""
    total = sum(weights)
    cents = int((amount / CENT).to_integral_value())
    shares = [Fraction(cents * w, total) for w in weights]
    floors = [math.floor(s) for s in shares]
    left = cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]


ledger = Ledger()
ledger.post("capital", ("assets:bank", Decimal("10000.00")), ("equity:owner", Decimal("-10000.00")))
for month in range(1, 13):
    rent = Decimal("1234.567").quantize(CENT, rounding=ROUND_HALF_UP)
    sales = (Decimal(month) * Decimal("987.654321")).quantize(CENT, ROUND_HALF_EVEN)
    ledger.post(f"rent {month}", ("expenses:rent", rent), ("assets:bank", -rent))
    ledger.post(f"sales {month}", ("assets:bank", sales), ("income:sales", -sales))
    tax = (sales * Decimal("0.19")).quantize(CENT, rounding=ROUND_DOWN)
    ledger.post(f"tax {month}", ("expenses:tax", tax), ("liabilities:tax", -tax))
for name in sorted(ledger.accounts):
    print(f"{name:<18} {ledger.accounts[name]:>12}")
print("assets", ledger.balance("assets"), "net", -(ledger.balance("income") + ledger.balance("expenses")))
print("journal", len(ledger.journal), sum(ledger.accounts.values()))
try:
    ledger.post("bad", ("assets:bank", Decimal("1")), ("income:x", Decimal("-0.99")))
except ValueError as e:
    print("ValueError", e)
parts = allocate(Decimal("100.00"), [1, 1, 1])
print(parts, sum(parts), allocate(Decimal("0.05"), [3, 2, 2, 1]), allocate(Decimal("1234.56"), [7, 11, 13]))

getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.10") + Decimal("2.205"), Decimal("3.000") * 2)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, +Decimal("1.23456789"))
    ctx.rounding = ROUND_CEILING
    print(Decimal(2) / 3, Decimal(-2) / 3)
print(Decimal("1.5").quantize(Decimal("1")), Decimal("2.5").quantize(Decimal("1")), Decimal("-2.5").quantize(Decimal("1"), ROUND_HALF_UP))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3, Decimal(0.1), Decimal("1e-3"), Decimal("1E+3").normalize())
print(Decimal("12.3400").normalize(), Decimal("-0"), Decimal("100").to_eng_string() if False else Decimal("1.00E+5"), Decimal("NaN").is_nan())
print(repr(Decimal("3.14")), str(Decimal("1e10")), int(Decimal("-7.9")), float(Decimal("2.5")), round(Decimal("2.675"), 2), math.floor(Decimal("-1.5")))
print(Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal("7.5"), 2), Decimal(10) ** -2, abs(Decimal("-4.20")))
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9"), Decimal("-3")]), max(Decimal("1"), Decimal("1.0")), Decimal("1.0") == 1)
print(Decimal("5").compare(Decimal("7")), Decimal("1.23").as_tuple(), Decimal(5).is_signed(), Decimal("-5").copy_abs())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except Exception as e:
    print(type(e).__name__)

rate = Fraction(5, 100)
balance = Fraction(1000)
for year in range(1, 6):
    balance *= 1 + rate
    print(year, balance, float(balance), f"{float(balance):.4f}", round(balance, 2), balance.limit_denominator(100))
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.75), Fraction(-6, 4), Fraction("2/6") + Fraction(1, 3))
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 2), Fraction(1, 3)))
print(sum(Fraction(1, n * (n + 1)) for n in range(1, 50)), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(22, 7).numerator, Fraction(22, 7).denominator, Fraction(22, 7).as_integer_ratio(), math.trunc(Fraction(-22, 7)), round(Fraction(5, 2)))
print(f"{Fraction(1, 3):.5f}", format(Fraction(22, 7), ".3e") if hasattr(Fraction, "__format__") else "", Fraction(Decimal("1.25")), Fraction(3).is_integer())
