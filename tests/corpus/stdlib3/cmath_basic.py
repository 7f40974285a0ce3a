# cmath: values, branch cuts and signed zeros of the common functions; errors.
import cmath
import math

points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.3 - 4j, 1e-8 + 1e-8j, 100 + 1j,
          complex(-3, 0.0), complex(-3, -0.0), complex(0.0, -2), complex(-0.0, 2), 0.5 + 0j, 3.0]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    print(name, " ".join(out))

for z in points:
    print(cmath.phase(z), cmath.polar(z), abs(z))
for r, phi in [(1, 0), (2, math.pi / 2), (1.5, -0.0), (3, math.pi), (0.5, 1)]:
    print(cmath.rect(r, phi))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1 + 1j), cmath.log(-8, 2j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(1), cmath.sqrt(True), cmath.exp(1.5))

# Identities the functions keep.
z = 0.7 - 1.3j
print(cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1), cmath.isclose(cmath.exp(cmath.log(z)), z))
print(cmath.isclose(cmath.asin(cmath.sin(z)), z), cmath.isclose(cmath.atanh(cmath.tanh(z)), z))

# Large and tiny arguments take the overflow-safe paths.
for z in [1e300 + 1e300j, -1e300 + 2j, 1e-320 + 1e-320j, 710 + 1j, -710 + 0.5j, 1e200j]:
    row = []
    for name in ("sqrt", "log", "asinh", "acos", "acosh", "atanh", "tanh"):
        row.append(repr(getattr(cmath, name)(z)))
    print(" ".join(row))

for call in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.log(1, 1),
             lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.sqrt("4"),
             lambda: cmath.rect(1j, 0), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)


class Celsius:
    def __float__(self):
        return 21.5


class Wave:
    def __complex__(self):
        return 1 + 2j


print(cmath.sqrt(Celsius()), cmath.exp(Wave()), cmath.phase(Wave()))
