import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(-0.0), math.cbrt(27), math.cbrt(-8))
print(math.exp(1), math.exp(-745), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.log(2, 10**400), math.log(10**400, 10**200))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200))
print(math.hypot(math.inf, math.nan), math.hypot(1.5, 2.5, 3.5), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.ceil(1.2), math.ceil(-1.2), math.floor(1.8), math.floor(-1.8), math.trunc(-1.8), math.ceil(5), math.floor(1e30), math.trunc(True))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(1, math.inf), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 4))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(5e-324), math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3, 2))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-0.0))
print(math.factorial(0), math.factorial(5), math.factorial(30), math.factorial(True))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 2**80 * 3), math.lcm(), math.lcm(4, 6), math.lcm(4, 0), math.lcm(-4, 6, 10))
print(math.comb(5, 2), math.comb(5, 6), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2] * 70), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]), math.fsum([1e308, -1e308, 1.0]))
print(math.fsum([0.3, 0.2, 0.1, -0.6]), math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([1.0, 1e-16, 1e-16]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]), math.sumprod([], []), math.sumprod([1, 2.5], [2, 2]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 1.0), math.nextafter(-5e-324, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.erf(0.5), math.erf(-1), math.erfc(0.5), math.erfc(10), math.gamma(0.5), math.gamma(5), math.gamma(-0.5), math.gamma(171.5), math.gamma(1e-30))
print(math.lgamma(0.5), math.lgamma(10.5), math.lgamma(1), math.lgamma(-0.5), math.lgamma(100), math.lgamma(1e-30), math.lgamma(-math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))


class Ceil:
    def __ceil__(self):
        return "ceil!"

    def __floor__(self):
        return "floor!"

    def __trunc__(self):
        return "trunc!"


print(math.ceil(Ceil()), math.floor(Ceil()), math.trunc(Ceil()))
