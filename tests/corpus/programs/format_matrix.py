# format() specs over ints, floats, complex and special values, %-formatting and str.format, with their errors.
vals = [0, -0.0, 1.5, -1234567.891, 1e-10, 1e22, float("inf"), float("-nan"), 2**70, -42, True, 3+4j]
specs = ["", ">12", "<12", "^12", "+", " ", ",", "_", ".3", ".3f", ".3e", ".3g", "%", ".1%", "012", "=+12", "#x", "#o", "#b", "c", "n", "010.2f", "E", "G", "#.0f", "#g", ".0e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(f"!{e}")
    print(repr(v), "|".join(out))
print("%5.1f|%-6d|%+d|%05d|%x|%X|%#x|%o|%e|%g|%G|%%|%s|%r|%a|%c" % (3.14159, 42, 7, -42, 255, 255, 255, 8, 0.000123, 1e-5, 1e20, "é", "é", "é", 0x1F600))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%.2s" % "abcdef", "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("{0:{1}.{2}f}".format(3.14159, 10, 3), "{:,}".format(10**12), "{:_x}".format(2**40), "{!s:^7}".format(None), "{0[1]}{0[0]}".format("ab"))
print("{a.real}+{a.imag}j".format(a=3+4j), "{:%Y}".format(__import__("datetime").date(2020, 1, 1)), "{{}}".format())
print(f"{1_000_000:,d} {0.000001234:.2e} {123.456:10.1f}| {'x':*^9} {-5:+05d} {255:#010b} {3.0:g} {1e100:.3g} {12345.678:,.1f}")
print(f"{10/3=:.2f} {'abc'[::-1]!r:>8} {[1,2]!s:5}|{None!r}", f"{'é':_<4}", f"{b'x'!r}")
for v in [0.1, 0.5, 1/3, 2.675, 1e16, 1.5e-7, 123456789.0, 1e15 + 0.5, -0.0, 100.0, 1e-4]:
    print(repr(v), str(v), f"{v}", f"{v:.2f}", round(v, 2), f"{v:.15g}", f"{v:e}")
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print(e)
try:
    f"{3:=^}"
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
print(str(12345678901234567890123), int("1_000"), float("1_0.5"), f"{12345678901234567890:,}", int(" -7 "), complex("1+2j"), 1j**2, (1+2j)*(3-1j), abs(3+4j))
print(format(1234.5, "n"), format(-0.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(-1e-20, ".3f"), format(1e300*1e300, "f"))
