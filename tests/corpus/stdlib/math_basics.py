import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(144), math.isqrt(99))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1))
print(math.fabs(-3), math.factorial(20), math.gcd(48, 36), math.lcm(4, 6))
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(7, 3))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(50))
