# Floor division, modulo, divmod and shifts of big ints: both signs, quotients small
# (the estimate-and-correct path) and large (the general path), exact multiples and their
# neighbours, and divisors around the 128-bit boundary.
import random

r = random.Random(5)
acc = 0
for i in range(3000):
    x = r.getrandbits(r.randrange(1, 400)) * r.choice([1, -1])
    n = r.randrange(0, 450)
    y = r.getrandbits(r.randrange(1, 300)) * r.choice([1, -1]) or 7
    acc ^= hash((x >> n, x // y, x % y, divmod(x, y), (x * 12345) // y, x // (y | 1 << 200)))
print(acc)

b = 2**200 - 1
for q in [1, 2, 9, 2**60 - 1, 2**59, 2**61 + 3]:
    for d in (-1, 0, 1):
        for x in (b * q + d, -(b * q + d)):
            print(q, d, x // b == divmod(x, b)[0], x // b, x % b, x // -b, x % -b)
print(2**127 // (2**127 - 1), 2**128 // (2**127 + 1), (2**128 - 1) // 2**127, -(2**130) // (2**129 + 1))
print((-2**100) >> 3, (-2**100 - 1) >> 3, (-1) >> 1000, (2**100) >> 1000, (-(2**64)) >> 64, (-(2**64) - 1) >> 64)
