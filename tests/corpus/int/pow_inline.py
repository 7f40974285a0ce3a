# `**` on ints and floats: the inline cases (small exponents, positive finite float bases) and
# every case next to them that takes the general path. Results are ones wasm's libm (musl's
# pow) rounds as glibc does: 7 ** -2 or 2.0 ** 1.5 differ in the last ulp there.
import math

ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**31, -2**31, 3037000499, 3037000500, 2**62, -2**63 + 1]
exps = [0, 1, 2, 3, 5, 10, 31, 32, 62, 63, 64, 65, 100, -1]
for b in ints:
    row = []
    for e in exps:
        try:
            r = b ** e
            row.append(repr(r) if isinstance(r, float) or abs(r) < 10**30 else "big%d" % r.bit_length())
        except Exception as ex:
            row.append(type(ex).__name__)
    print(b, " ".join(row))

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 2.5, -2.5, 10.0, 1e-300, 1e300, 1.7976931348623157e308,
          5e-324, math.inf, -math.inf, math.nan]
fexps = [0.0, -0.0, 0.5, 1.0, 2.0, 3.0, -1.0, 100.0, 1000.0, -1000.0, 1e-10,
         math.inf, -math.inf, math.nan, 2, 3, -2]
for b in floats:
    row = []
    for e in fexps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append("%s(%s)" % (type(ex).__name__, ex))
    print(repr(b), " ".join(row))

# Mixed int/float operands, in-place forms and the fused `x ** 2` of a local.
x = 3
y = 2.25
x **= 2
y **= 0.5
print(x, y, 2 ** 0.5, 9 ** 0.5, 2 ** -2, 10 ** -2, 4.0 ** -0.5, 2.0 ** 10, 10 ** -1, 7 ** 1.0)


def norm(dx, dy, dz):
    d2 = dx * dx + dy * dy + dz * dz
    return d2 ** 0.5, d2 ** 2, d2 ** -1.5, dx ** 2


print(norm(1.5, -2.0, 0.25), norm(3, 4, 0))
print((-8.0) ** 0.5, (-8) ** 0.5, (-2.0) ** 2, (-2.0) ** 3.0)
try:
    0 ** -1
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
try:
    10.0 ** 400
except OverflowError as ex:
    print("OverflowError:", ex)
print(pow(2, 10), pow(2.0, 0.5), pow(3, 4, 5), (-2) ** 63, (-2) ** 64 > 0, 2 ** 63 - 1)
