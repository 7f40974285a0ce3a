# math.gcd and math.lcm on big ints (Lehmer's method) against values built to share factors,
# with signs and zeros, and Fractions whose terms grow to thousands of digits.
import math
from fractions import Fraction

f = math.factorial
print(math.gcd(f(300) + 1, f(299) * 7 + 3), math.gcd(f(400), f(390) * 11) == f(390) * 11)
print(math.gcd(f(200) * 6, -f(150) * 4) == f(150) * 4 * 3 // math.gcd(4 * 3, 1) or math.gcd(f(200) * 6, -f(150) * 4) % f(150))
print(math.gcd(0, f(50)) == f(50), math.gcd(-(2 ** 500) * 3, 2 ** 400 * 9) == 2 ** 400 * 3, math.gcd())
x = 1
acc = 0
for k in range(1, 400):
    x = x * 1_000_003 + k
    acc += math.gcd(x * 5 * k, (x * 3 + 7) * k) + math.gcd(x * 6, 2 ** 64 * 9 * k)
print(acc % (10 ** 12 + 39))
print(math.lcm(f(60), 2 ** 100 * 7, -35) % 1000003, math.lcm(0, 5), math.lcm(12, 18, 10))
h = sum(Fraction(1, k) for k in range(1, 700))
print(h.numerator % 1000000007, h.denominator % 1000000007, round(float(h), 12))
