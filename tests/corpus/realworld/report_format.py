# A tabular report generator exercising format specs (fill/align/sign/width/grouping/precision,
# types b o x X e E f g G % n c), %-formatting with dicts and '*', str.format with nested and
# indexed fields, conversions, and format() on user classes with __format__.
import math


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        body = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.kelvin - 273.15, "F": self.kelvin * 9 / 5 - 459.67, "K": self.kelvin}[unit]
        return format(value, body or ".1f") + "°" + unit

    def __repr__(self):
        return f"Temperature({self.kelvin!r})"

    def __str__(self):
        return f"{self:C}"


rows = [("widget", 1234567.891, 0.1234, 42), ("gadget", -98.5, 1.5, -7), ("doohickey", 0.0, -0.000123, 1 << 40)]
print(f"{'name':<12}|{'amount':>16}|{'share':^9}|{'count':>15}")
print("-" * 12 + "+" + "-" * 16 + "+" + "-" * 9 + "+" + "-" * 15)
for name, amount, share, count in rows:
    print(f"{name:<12.8}|{amount:>+16,.2f}|{share:^9.1%}|{count:>15_d}")
for v in [0, 1, -1, 255, 4096, 2**33 - 1, -2**40]:
    print(f"{v:#b} {v:#o} {v:#x} {v:#X} {v:08x} {v:+_} {v: d} {v:=+10} {v:*^12,}")
for x in [0.0, -0.0, 1.0, 123.456, 1e-5, 1.5e16, 2.5, 3.5, 1/3, float("inf"), float("nan"), -1e300]:
    print(f"{x:e}|{x:.3E}|{x:f}|{x:.0f}|{x:g}|{x:.3G}|{x:10.4}|{x:<+12.2%}|{x:#.0f}|{x:n}|{x!r}")
print(format(1234.5, ","), format(1234.5, "_.3f"), format(-12, "06"), format(12, "^+7"), format("x", "0>3"))
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(3, ".2f"), format(2**100, ","), format(10**20, "e"))
print("{0}{1}{0}".format("ab", "cd"), "{x[1]}-{y.real}-{z[k]}".format(x=[1, 2], y=3 + 4j, z={"k": "v"}))
width, prec = 12, 3
print("{:{w}.{p}f}|{:>{w}}|{:{fill}{align}{w}}".format(math.pi, "right", "mid", w=width, p=prec, fill="~", align="^"))
print("{!r:>10}|{!s:<6}|{!a}".format("q", 1.5, "é\u2603"))
print("{{literal}} {0!r} {0:>{1}}".format("nest", 8), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: f * 2})()))
print("%s %r %d %i %5.2f %-6s| %06.1f %x %X %o %e %g %c %%" % ("s", "r", 3.9, -4, math.e, "ab", -2.5, 255, 255, 8, 12345.678, 0.00001, 65))
print("%(name)s is %(age)03d years; %(name)r" % {"name": "Ann", "age": 7}, "%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 2.71828))
print("%+d % d %#x %#o %5s %-5s| %.3s" % (5, 5, 31, 8, "ab", "cd", "truncate"), "%c%c" % ("z", 97), "%a" % "ü")
temps = [Temperature(273.15), Temperature(310.5), Temperature(0.0)]
for t in temps:
    print(f"{t} {t:F} {t:.3K} {t:>8.2C} {t!r}", "{:.0F}".format(t), format(t))
table = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
key_w = max(map(len, table))
for k, v in table.items():
    print(f"{k:.<{key_w + 3}}{v:.>10.2f}")
print(f"{'nested':{'>'}{10}}", f"{3.14159:{'.'}{2}f}" if False else f"{3.14159:.{2}f}", f"{12:{'0'}>{5}}")
print(f"{1e6:,.0f} {1234567:,} {0.5:.0%} {-0.0:+.1f} {1e-10:.2g} {123456789:.3e} {9.999:.2f} {0.125:.2f} {0.375:.2f}")
print(str.format("{0.__class__.__name__}", 1.0), "{:}".format(7), "{:s}".format("s"), "{:<}".format(1))
for bad in ["{:d}".format, "{:s}".format, "{0:.2f}".format]:
    try:
        print(bad("text" if bad is not "{:s}".format else 5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError", e)
try:
    "{}{1}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print("a{}b".format(None), "{:10}|".format(None) if False else "{!s:10}|".format(None), f"{None!r:>6}", f"{[1, 2]!s:^10}|")
print(f"{'x' = }", f"{width * 2 = :>5}", f"{rows[0][0]=!r}")
