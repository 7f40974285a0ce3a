# decimal beyond the basics: format specs, exp/ln/log10 and non-integral powers (correctly
# rounded), engineering strings, the less common methods.
from decimal import Decimal as D
vals = ["1234567.891", "3.14159", "42", "0.5", "1e10", "-1.5", "12.5", "1.23E+5", "0", "-0", "0.000012345", "1.500", "100", "1E-7", "Infinity", "-NaN", "999.9995", "2.5", "0.00"]
specs = ["", "f", ".2f", ",.2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "+.1f", " f", "10", "<10", "^12.3f", "=+12.2f", "012.2f", "_", ",", "#.0f", "10.4", ".2", "n", ",.3f", "*>15,.2f", "015,.2f"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(D(v), sp))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, "|".join(out))

import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
prices = [D("19.99"), D("5.01"), D("0.10")]
t("sum", lambda: sum(prices))
t("sum start", lambda: sum(prices, D(0)))
t("tax", lambda: (sum(prices) * D("1.0825")).quantize(D("0.01"), rounding=ROUND_HALF_UP))
t("fmt", lambda: (f"{D('1234567.891'):,.2f}", f"{D('3.14159'):.3f}", f"{D('42'):>8}", f"{D('0.5'):%}", f"{D('1e10'):e}", format(D('-1.5'), "+.1f"), f"{D('12.5'):.0f}", f"{D('1.23E+5')}"))
t("round", lambda: (round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), round(D("-2.5"))))
t("int", lambda: (int(D("-3.9")), float(D("0.1")), D(0.1), D.from_float(0.25)))
t("div prec", lambda: D(1) / D(7))
with localcontext() as c:
    c.prec = 6
    t("prec6", lambda: (D(1) / D(7), D(2).sqrt(), D("123456789") + 0, +D("1.23456789")))
t("neg mod", lambda: (D(-7) % D(3), D(-7) // D(3), divmod(D(7), D(-3)), -7 % 3))
t("cmp", lambda: (D("0.1") == 0.1, D("0.5") == 0.5, D(1) < 1.5, D("1.0") == D("1.00"), sorted([D(3), 1, 2.5])))
t("hash", lambda: ({D("1.0"): "a"}[1], hash(D("0.5")) == hash(0.5), len({D(1), D("1.00"), 1})))
t("eng", lambda: (D("1.23E+7").to_eng_string(), D("0.000001").to_eng_string(), str(D("1E-7")), str(D("123E+2")), str(D("0E-9"))))
t("tuple", lambda: (D("-3.14").as_tuple(), D((0, (1, 4), -1)), D("7.25").as_integer_ratio()))
t("misc", lambda: (D("-0"), D("5").copy_sign(D("-1")), D("1.500").normalize(), D("100").normalize(), D("2.50").quantize(D("1"), ROUND_CEILING)))
t("errors", lambda: D(1) / D(0))
t("inv", lambda: D("abc"))
t("zero div zero", lambda: D(0) / D(0))

t("pow", lambda: (D(2) ** 10, D("1.1") ** 2, D(2) ** -2, D(4) ** D("0.5"), D(2) ** D("0.5")))
t("ctx", lambda: (getcontext().prec, getcontext().rounding, str(getcontext())[:40]))
t("fma", lambda: D(2).fma(3, 4))
t("scaleb", lambda: (D("1.5").scaleb(3), D(10).log10(), D("1e3").sqrt(), D(16).sqrt()))
t("is", lambda: (D("1.5").is_signed(), D("-0").is_signed(), D("NaN").is_nan(), D("sNaN").is_snan(), D(5).is_zero()))
t("max", lambda: (max(D(1), D(2)), D(1).max(D(3)), D("2").min(D("-1")), abs(D("-2.5")), -D("0.0")))
t("number_class", lambda: (D(1).number_class(), D("-0").number_class(), D("Inf").number_class()))
t("remainder_near", lambda: D(10).remainder_near(D(6)))
t("canonical", lambda: (D(3).canonical(), D(3).is_canonical(), D("1.20").compare_total(D("1.2")), D(-1).copy_abs()))
for v in ["1.23E+7", "0E+7", "0E-8", "123456789E-20", "-1E+5", "1E+4", "12E+2", "0.000001", "1E-7"]:
    print(v, D(v).to_eng_string())
print(D(2) ** D("0.5"), D(10) ** D("-1.5"), D("1.5") ** D("2.5"), D(27) ** (D(1) / D(3)), D("0.5") ** D("0.5"))
t("negpow", lambda: D(-2) ** D("0.5"))
print(D(10).remainder_near(D(6)), D(10).remainder_near(D(4)), D(-10).remainder_near(D(3)), D("1.20").compare_total(D("1.2")), D(1).compare_total(D(2)), D(-1).compare_total(D(1)))

import decimal
from decimal import Decimal as D, getcontext, localcontext
cases = ["1", "2", "0.5", "10", "100", "0.001", "1.0000001", "0.9999999", "2.718281828459045", "1e-50", "-1e-50", "123.456", "-3", "1000", "0", "-0", "1E+5", "7", "0.1", "99999999999", "1.5E-20", "-700.5", "1234.5678E3", "Infinity", "-Infinity", "NaN"]
for c in cases:
    d = D(c)
    out = []
    for f in ("exp", "ln", "log10"):
        try:
            out.append(str(getattr(d, f)()))
        except decimal.DecimalException as e:
            out.append(type(e).__name__)
    print(c, *out)
for p in (5, 10, 50):
    with localcontext() as ctx:
        ctx.prec = p
        print(p, D(2).ln(), D(3).exp(), D(7).log10(), D("0.3").exp(), D("1.001").ln())
print(repr(D(1).exp()), repr(D(10).ln()), repr(D(2).log10()), D(100).log10(), D("0.01").log10(), D(1).ln())
with localcontext() as ctx:
    ctx.rounding = decimal.ROUND_DOWN
    print(D(2).exp(), D(2).ln())
for x in ("5e6", "-5e6", "2302585.1", "2302585"):
    try:
        print(x, D(x).exp())
    except decimal.DecimalException as e:
        print(x, type(e).__name__, e)
c = getcontext()
c.clear_flags()
D(2).ln()
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.traps[decimal.Overflow] = False
print(D("1e7").exp(), c.flags[decimal.Overflow])
