def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (c, d) if n % 2 == 0 else (d, c + d)

total = 0
for k in range(3000):
    total += fact(400 + k % 500) % 1_000_000_007
f = fib_pair(200_000)[0]
p = 1
for i in range(1, 3000):
    p = p * 3 + i
print(total, f.bit_length(), f % 1_000_000_007, p % 998_244_353, (2 ** 5000) % 12345)
