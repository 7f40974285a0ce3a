# Digits of pi with the unbounded spigot (big-int arithmetic).
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out

digits = pi_digits(600)
s = "".join(map(str, digits))
for i in range(0, len(s), 60):
    print(s[i:i + 60])
print(sum(digits), s.count("9"), int(s[:40]) % 1000003)
f = 1
for i in range(1, 300):
    f *= i
print(len(str(f)), f % (2**61 - 1), hex(f)[:20], f.bit_length())
print(pow(3, 10**4, 10**40 + 7), divmod(f, 10**50 + 3)[1] % 99991)
