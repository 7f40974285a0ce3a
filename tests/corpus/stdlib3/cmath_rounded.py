# cmath, portably: results rounded to 12 significant digits (libm's last ulp differs between
# glibc and wasm), signs of zeros and infinities exact, errors, constants.
import cmath
import math


def show(z):
    def part(x):
        if x == 0 or not math.isfinite(x):
            return repr(x)
        return f"{x:.12g}"
    return f"({part(z.real)}, {part(z.imag)})" if isinstance(z, complex) else part(z)


points = [1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.3 - 4j, 1e-8 + 1e-8j, 100 + 1j, complex(-3, 0.0),
          complex(-3, -0.0), complex(0.0, -2), complex(-0.0, 2), 0.5, 7, -2.25]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(show(f(z)))
        except ValueError as e:
            row.append(f"ValueError({e})")
    print(name, " ".join(row))
print([show(cmath.phase(z)) for z in points])
print([tuple(map(show, cmath.polar(z))) for z in points[:6]])
print(show(cmath.rect(2, math.pi / 2)), show(cmath.rect(1.5, -0.0)), show(cmath.rect(3, 0)), show(cmath.log(8, 2)))
print(cmath.sqrt(-4), cmath.sqrt(16 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(0j), cmath.sqrt(complex(-0.0, -0.0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj), cmath.isclose(1j, 1.1j))
for call in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("4")]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e.args[0][:17])
