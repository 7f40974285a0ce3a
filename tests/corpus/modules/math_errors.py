import math

tests = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.log(0.0, 2)", "math.log2(0)",
    "math.log10(-1)", "math.log1p(-1)", "math.acos(2)", "math.asin(2)", "math.atanh(1)", "math.acosh(0)",
    "math.exp(1000)", "math.exp2(2000)", "math.expm1(1000)", "math.cosh(1000)", "math.sinh(1000)",
    "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.lgamma(-2)", "math.pow(0, -1)",
    "math.pow(-1, 0.5)", "math.pow(10, 1000)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)",
    "math.remainder(math.inf, 1)", "math.factorial(-1)", "math.factorial(1.5)", "math.factorial(10**20)",
    "math.comb(-1, 2)", "math.perm(3, -1)", "math.comb(10, 1.5)", "math.comb(2)", "math.isqrt(-1)", "math.isqrt(2.0)",
    "math.ldexp(1.0, 10000)", "math.sin(math.inf)", "math.cos(math.inf)", "math.tan(math.inf)", "math.ceil(math.inf)",
    "math.floor(math.nan)", "math.trunc('a')", "math.ceil('a')", "math.fsum([math.inf, -math.inf])",
    "math.fsum([1e308, 1e308])", "math.gcd(1.5)", "math.lcm(2.0)", "math.dist([1], [1, 2])", "math.sqrt('a')",
    "math.nextafter(1, 2, steps=-1)", "math.log('a')", "math.sumprod([1, 2], [3])", "math.log(-10**400)",
    "math.log(10**400, 0)", "math.isclose(1, 1, rel_tol=-1)", "math.gamma(-math.inf)", "math.hypot('a')",
    "math.copysign('a', 1)", "math.sqrt(-math.inf)", "math.log(1, 1)", "math.fsum([math.nan, 1])",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
